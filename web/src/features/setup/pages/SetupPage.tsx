import '../../../shared/ui/login-card.css';
import { Alert, Button, Card, Form, Result, Spin, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../shared/api';
import type { NewAgencyBody, SetupResult } from '../../../shared/contracts';
import { BrandEmblem, LanguageSwitch, useServerFormErrors } from '../../../shared/ui';
import { LOGIN_PATH } from '../../auth';
import { AgencyFields } from '../components/AgencyFields';

/** The one-time page that creates the first agency; without a valid token it shows "not found". */
export function SetupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useQuery({
    queryKey: ['setup', token],
    queryFn: () => api.get<{ isOpen: true }>('/setup/status', { token }),
    retry: false,
    enabled: token.length > 0,
  });
  const setUp = useMutation({ mutationFn: (body: NewAgencyBody) => api.post<SetupResult>('/setup', { ...body, token }) });
  const [form] = Form.useForm<NewAgencyBody>();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);

  const body = () => {
    if (token && status.isPending) return <Spin />;
    if (!token || status.isError) return <Result status="404" subTitle={t('setup.notFound')} />;
    if (setUp.data) {
      return (
        <Result
          status="success"
          subTitle={t('setup.done', { agency: setUp.data.agencyName, username: setUp.data.adminUsername })}
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
        onFinish={(values) => setUp.mutate(values, { onError: reportError })}
        onValuesChange={clearFormError}
        requiredMark={false}
      >
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        {formError && <Alert type="error" showIcon title={formError} className="form-alert" role="alert" />}
        <AgencyFields passwordHint={t('auth.passwordRule')} isOwnAccount />
        <Button type="primary" htmlType="submit" block loading={setUp.isPending}>
          {t('setup.submit')}
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
            {t('setup.title')}
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
