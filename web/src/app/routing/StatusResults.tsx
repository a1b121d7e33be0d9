import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

function HomeButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('errors.goHome')}
    </Button>
  );
}

/** Shown when the user's roles do not allow the page they asked for. */
export function ForbiddenResult() {
  const { t } = useTranslation();
  return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbiddenText')} extra={<HomeButton />} />;
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return <Result status="404" title={t('errors.notFoundTitle')} subTitle={t('errors.notFoundText')} extra={<HomeButton />} />;
}

/** The last line of defence when a page throws while rendering. */
export function CrashResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="500"
      title={t('errors.crashTitle')}
      subTitle={t('errors.crashText')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
