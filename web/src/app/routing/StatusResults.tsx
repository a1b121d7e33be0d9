import { FileSearchOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons';
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
  return (
    <Result
      status="error"
      icon={<LockOutlined className="status-icon" />}
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenText')}
      extra={<HomeButton />}
    />
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      icon={<FileSearchOutlined className="status-icon" />}
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFoundText')}
      extra={<HomeButton />}
    />
  );
}

/** The last line of defence when a page throws while rendering. */
export function CrashResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      icon={<WarningOutlined className="status-icon" />}
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
