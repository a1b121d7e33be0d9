import '../../../shared/ui/login-card.css';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BrandEmblem, LanguageSwitch } from '../../../shared/ui';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/**
 * Shown instead of the app while the password is one an administrator set: the server answers 403
 * to everything else until it changes, and the new session lets the app through.
 */
export function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  return (
    <main className="login-backdrop">
      <Card className="login-card" variant="borderless">
        <header className="login-header">
          <BrandEmblem size={72} />
          <Typography.Title level={1} className="login-subtitle">
            {t('forcedPasswordChange.title')}
          </Typography.Title>
        </header>
        <Typography.Paragraph type="secondary">{t('forcedPasswordChange.hint')}</Typography.Paragraph>
        <ChangePasswordForm onChanged={() => undefined} />
        <footer className="login-footer">
          <LanguageSwitch />
        </footer>
      </Card>
    </main>
  );
}
