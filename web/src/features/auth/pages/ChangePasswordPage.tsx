import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../shared/ui';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('auth.changePasswordTitle')} />
      <Card className="narrow-card">
        <Typography.Paragraph type="secondary">{t('auth.changePasswordHint')}</Typography.Paragraph>
        <ChangePasswordForm onChanged={() => navigate('/')} />
      </Card>
    </>
  );
}
