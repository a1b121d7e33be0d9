import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const MIN_PASSWORD_LENGTH = 12;

interface AgencyFieldsProps {
  /** What the password must be, under its field. */
  passwordHint: ReactNode;
  /** On the setup page the administrator types their own account (the browser may remember it). */
  isOwnAccount?: boolean;
}

/** A new agency and its first administrator: the fields the setup page and the platform's "Cơ quan" screen share. */
export function AgencyFields({ passwordHint, isOwnAccount = false }: AgencyFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('setup.agencyName')} name="agencyName" rules={[{ required: true, whitespace: true, message: t('setup.agencyNameRequired') }]}>
        <Input autoFocus={isOwnAccount} />
      </Form.Item>
      <Form.Item label={t('setup.agencyCode')} name="agencyCode">
        <Input />
      </Form.Item>
      <Form.Item
        label={t('setup.adminDisplayName')}
        name="adminDisplayName"
        rules={[{ required: true, whitespace: true, message: t('setup.adminDisplayNameRequired') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('setup.adminUsername')}
        name="adminUsername"
        rules={[{ required: true, pattern: /^[a-zA-Z0-9._-]{3,60}$/, message: t('accounts.usernameRequired') }]}
      >
        <Input autoComplete={isOwnAccount ? 'username' : 'off'} />
      </Form.Item>
      <Form.Item
        label={t('setup.adminPassword')}
        name="adminPassword"
        extra={passwordHint}
        rules={[{ required: true, min: MIN_PASSWORD_LENGTH, message: t('accounts.passwordTooShort') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
