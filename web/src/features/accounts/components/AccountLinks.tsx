import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { FormDrawer } from '../../../shared/ui';
import { useIssueInvitation, useLinkSsoSubject } from '../api';

/** Links the account to the subject ("sub") the single sign-on provider gives the person, or unlinks it. */
export function SsoDrawer({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ subject: string }>();
  const link = useLinkSsoSubject();
  const unlink = async () => {
    await link.mutateAsync({ id: account!.id, subject: null });
    onClose();
  };
  return (
    <FormDrawer<{ subject: string }>
      title={t('accountLinks.ssoTitle', { name: account?.displayName ?? '' })}
      open={account !== null}
      onClose={onClose}
      form={form}
      initialValues={{ subject: account?.oidcSubject ?? '' }}
      savedText={t('accountLinks.ssoLinked')}
      onSubmit={(values) => link.mutateAsync({ id: account!.id, subject: values.subject })}
    >
      <Form.Item label={t('accountLinks.ssoSubject')} name="subject" extra={t('accountLinks.ssoHint')} rules={[{ required: true, whitespace: true }]}>
        <Input autoComplete="off" />
      </Form.Item>
      {account?.oidcSubject && (
        <Button danger onClick={() => void unlink()} loading={link.isPending}>
          {t('accountLinks.ssoUnlink')}
        </Button>
      )}
    </FormDrawer>
  );
}

/** Issues a one-time invitation link (earlier ones die) and shows it once, to copy and send to the person. */
export function InvitationModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const issue = useIssueInvitation();
  const close = () => {
    issue.reset();
    onClose();
  };
  const link = issue.data ? `${window.location.origin}${issue.data.path}` : null;
  return (
    <Modal title={t('accountLinks.inviteTitle', { name: account?.displayName ?? '' })} open={account !== null} onCancel={close} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('accountLinks.inviteHint')}</Typography.Paragraph>
      {issue.isError && <Alert type="error" showIcon title={issue.error.message} />}
      {link ? (
        <>
          <Typography.Paragraph copyable={{ text: link }} code>
            {link}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('accountLinks.inviteExpires', { at: formatDateTime(issue.data!.expiresAt) })}</Typography.Text>
        </>
      ) : (
        <Button type="primary" loading={issue.isPending} onClick={() => issue.mutate(account!.id)}>
          {t('accountLinks.inviteIssue')}
        </Button>
      )}
    </Modal>
  );
}
