import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contracts';
import { FormDrawer } from '../../../shared/ui';
import { PersonSelect } from '../../org';
import { fetchUsernameSuggestion, useCreateAccount, useReplaceRoles, useResetPassword } from '../api';
import { grantsOf, RolesFields, type RolesValues } from './RolesFields';

const MIN_PASSWORD_LENGTH = 12;

function PasswordField({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={label}
      name="password"
      extra={t('accounts.initialPasswordHint')}
      rules={[{ required: true, min: MIN_PASSWORD_LENGTH, message: t('accounts.passwordTooShort') }]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

interface CreateValues extends RolesValues {
  personId: string;
  username: string;
  byInvitation: boolean;
  password?: string;
}

/** Gives a person a login: choosing the person fills in a free username from their e-mail or name. */
export function CreateAccountDrawer({
  open,
  onClose,
  onCreatedByInvitation,
}: {
  open: boolean;
  onClose: () => void;
  onCreatedByInvitation: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateAccount();
  const suggest = async (personId: string | undefined) => {
    if (personId) form.setFieldValue('username', await fetchUsernameSuggestion(personId));
  };
  return (
    <FormDrawer<CreateValues>
      title={t('accounts.createTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ roles: ['staff'], byInvitation: false }}
      savedText={t('accounts.created')}
      onSubmit={async (values) => {
        const password = values.byInvitation ? undefined : values.password;
        const account = await create.mutateAsync({ personId: values.personId, username: values.username, password, roles: grantsOf(values) });
        if (values.byInvitation) onCreatedByInvitation(account);
      }}
    >
      <Form.Item label={t('accounts.person')} name="personId" rules={[{ required: true, message: t('accounts.personRequired') }]}>
        <PersonSelect<string> aria-label={t('accounts.person')} onChange={(personId) => void suggest(personId)} />
      </Form.Item>
      <Form.Item
        label={t('accounts.username')}
        name="username"
        rules={[{ required: true, pattern: /^[a-zA-Z0-9._-]{3,60}$/, message: t('accounts.usernameRequired') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="byInvitation" label={t('accountLinks.howTitle')}>
        <Radio.Group
          options={[
            { value: false, label: t('accountLinks.byPassword') },
            { value: true, label: t('accountLinks.byInvitation') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['byInvitation']}>
        {({ getFieldValue }) => (getFieldValue('byInvitation') ? null : <PasswordField label={t('accounts.initialPassword')} />)}
      </Form.Item>
      <RolesFields />
    </FormDrawer>
  );
}

export function RolesDrawer({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RolesValues>();
  const replace = useReplaceRoles();
  return (
    <FormDrawer<RolesValues>
      title={t('accounts.rolesTitle', { name: account?.displayName ?? '' })}
      open={account !== null}
      onClose={onClose}
      form={form}
      initialValues={{ roles: account?.roles ?? [], headOfUnitId: account?.headOfUnits[0]?.id }}
      savedText={t('accounts.rolesSaved')}
      onSubmit={(values) => replace.mutateAsync({ id: account!.id, roles: grantsOf(values) })}
    >
      <RolesFields />
    </FormDrawer>
  );
}

export function ResetPasswordDrawer({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  return (
    <FormDrawer<{ password: string }>
      title={t('accounts.resetTitle', { name: account?.displayName ?? '' })}
      open={account !== null}
      onClose={onClose}
      form={form}
      savedText={t('accounts.passwordReset')}
      onSubmit={(values) => reset.mutateAsync({ id: account!.id, password: values.password })}
    >
      <PasswordField label={t('accounts.initialPassword')} />
    </FormDrawer>
  );
}
