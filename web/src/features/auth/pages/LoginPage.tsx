import '../../../shared/ui/login-card.css';
import { Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { BrandEmblem, LanguageSwitch } from '../../../shared/ui';
import { useAuthOptions, useSession } from '../api';
import { LoginForm } from '../components/LoginForm';
import { SingleSignOnButton, SingleSignOnError } from '../components/SingleSignOn';
import { LOGIN_PATH } from '../paths';

/** Where to go after signing in: the page that sent the user here, or home. */
function useReturnPath(): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return from && from.startsWith('/') && !from.startsWith(LOGIN_PATH) ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const options = useAuthOptions();
  const passwordLogin = options.data?.passwordLogin !== false;
  const returnPath = useReturnPath();

  if (session.isPending) return <Spin fullscreen />;
  if (session.data) return <Navigate to={returnPath} replace />;

  return (
    <main className="login-backdrop">
      <Card className="login-card" variant="borderless">
        <header className="login-header">
          <BrandEmblem size={72} />
          <Typography.Title level={1} className="login-title">
            {t('app.name').toLocaleUpperCase('vi')}
          </Typography.Title>
          <Typography.Paragraph className="login-tagline">{t('app.tagline')}</Typography.Paragraph>
          <div className="login-divider" aria-hidden="true" />
          <Typography.Title level={2} className="login-subtitle">
            {t('auth.loginTitle')}
          </Typography.Title>
        </header>
        <SingleSignOnError />
        {passwordLogin && <LoginForm />}
        {options.data?.singleSignOn && <SingleSignOnButton withDivider={passwordLogin} />}
        <Typography.Paragraph type="secondary" className="login-note">
          {t('auth.loginNote')}
        </Typography.Paragraph>
        <footer className="login-footer">
          <LanguageSwitch />
        </footer>
      </Card>
    </main>
  );
}
