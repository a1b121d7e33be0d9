import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../shared/contracts';
import { QueryErrorAlert } from '../../../shared/ui';
import type { useVerifyAudit } from '../api';

/** The "Kiểm tra toàn vẹn" button. */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
}

function VerifyResultAlert({ result }: { result: AuditVerifyResult }) {
  const { t } = useTranslation();
  const broken = result.firstBrokenLink;
  if (!broken) {
    return <Alert type="success" showIcon role="status" title={t('audit.intact')} description={t('audit.intactText', { count: result.checkedRows })} />;
  }
  const description = t('audit.brokenText', { ...broken, id: broken.id ?? '—', reason: t(`audit.reason.${broken.reason}`), count: result.checkedRows });
  return <Alert type="error" showIcon role="alert" title={t('audit.broken')} description={description} />;
}

/** What the last integrity check found. */
export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  if (verify.isError) return <QueryErrorAlert error={verify.error} onRetry={() => verify.mutate()} />;
  return verify.data ? <VerifyResultAlert result={verify.data} /> : null;
}
