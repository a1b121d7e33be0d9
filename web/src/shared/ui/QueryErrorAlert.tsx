import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { localize, useLanguage } from '../i18n';

interface QueryErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load, with the server's explanation and a retry button. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const description = error instanceof ApiError ? localize(error.text, language) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={description}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
