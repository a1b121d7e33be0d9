import '../../../shared/ui/login-card.css';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../shared/api';
import { BrandEmblem, LanguageSwitch, useServerFormErrors } from '../../../shared/ui';
import { LOGIN_PATH } from '../../auth';

/** The page an invitation link opens: the person sets their own password; the link then dies. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<{ username: string; displayName: string; expiresAt: string }>('/invitations/status', { token }),
    retry: false,
    enabled: token.length > 0,
  });
  const accept = useMutation({ mutationFn: (password: string) => api.post<{ username: string }>('/invitations/accept', { token, password }) });
  const [form] = Form.useForm<{ password: string; again: string }>();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);

  const body = () => {
    if (token && status.isPending) return <Spin />;
    if (!token || status.isError || !status.data) return <Result status="404" subTitle={t('invitation.notFound')} />;
    if (accept.data) {
      return (
        <Result
          status="success"
          subTitle={t('invitation.done', { username: accept.data.username })}
          extra={
            <Link to={LOGIN_PATH}>
              <Button type="primary">{t('setup.goToLogin')}</Button>
            </Link>
          }
        />
      );
    }
    return (
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onValuesChange={clearFormError}
        onFinish={(values) => accept.mutate(values.password, { onError: reportError })}
      >
        <Typography.Paragraph>{t('invitation.intro', { name: status.data.displayName, username: status.data.username })}</Typography.Paragraph>
        {formError && <Alert type="error" showIcon title={formError} className="form-alert" role="alert" />}
        <Form.Item
          label={t('invitation.password')}
          name="password"
          extra={t('accounts.initialPasswordHint')}
          rules={[{ required: true, min: 12, message: t('accounts.passwordTooShort') }]}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('invitation.again')}
          name="again"
          dependencies={['password']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('invitation.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={accept.isPending}>
          {t('invitation.submit')}
        </Button>
      </Form>
    );
  };

  return (
    <main className="login-backdrop">
      <Card className="login-card" variant="borderless">
        <header className="login-header">
          <BrandEmblem size={72} />
          <Typography.Title level={1} className="login-subtitle">
            {t('invitation.title')}
          </Typography.Title>
        </header>
        {body()}
        <footer className="login-footer">
          <LanguageSwitch />
        </footer>
      </Card>
    </main>
  );
}
