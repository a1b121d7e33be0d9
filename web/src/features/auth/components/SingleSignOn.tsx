import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** The server starts the provider's sign-in and comes back to the home page, or here with ?error=. */
const SSO_START_URL = '/api/v1/auth/oidc/start';
const SSO_ERRORS = ['sso_failed', 'sso_unknown_user'] as const;

export function SingleSignOnButton({ withDivider }: { withDivider: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {withDivider && <Divider plain>{t('auth.ssoOr')}</Divider>}
      <Button block size="large" icon={<SafetyCertificateOutlined />} href={SSO_START_URL}>
        {t('auth.ssoLogin')}
      </Button>
    </>
  );
}

/** Why the last single sign-on ended without a session, as the server's callback named it. */
export function SingleSignOnError() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const code = SSO_ERRORS.find((known) => known === params.get('error'));
  if (!code) return null;
  return <Alert type="error" showIcon title={t(`auth.ssoErrors.${code}`)} className="form-alert" role="alert" />;
}
