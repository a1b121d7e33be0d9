import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../shared/format';
import { TRACK_REPORT_PATH } from '../paths';
import type { SubmittedReport } from '../types';

/** The one moment the tracking code is shown: large, grouped, with a copy button and a clear warning. */
export function ReportSent({ report, failedFiles, onAnother }: { report: SubmittedReport; failedFiles: string[]; onAnother: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const copy = async () => {
    await navigator.clipboard?.writeText(report.trackingCode).catch(() => undefined);
    void message.success(t('feedback.public.copied'));
  };
  return (
    <Card>
      <Result
        status="success"
        title={t('feedback.public.sentTitle')}
        subTitle={t('feedback.public.sentText', { reference: report.reference, due: formatDateTime(report.acceptDueAt) })}
      />
      <Flex vertical gap={12} align="center">
        <Typography.Text strong>{t('feedback.public.codeLabel')}</Typography.Text>
        <output className="tracking-code" aria-live="polite" data-testid="tracking-code">
          {report.trackingCode}
        </output>
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {t('feedback.public.copy')}
        </Button>
        <Alert type="warning" showIcon title={t('feedback.public.codeWarning')} />
        {failedFiles.length > 0 && <Alert type="error" showIcon title={t('feedback.public.filesFailed', { names: failedFiles.join(', ') })} />}
        <Flex gap={8} wrap justify="center">
          <Button type="primary" onClick={() => navigate(TRACK_REPORT_PATH, { state: { code: report.trackingCode } })}>
            {t('feedback.public.goTrack')}
          </Button>
          <Button onClick={onAnother}>{t('feedback.public.newReport')}</Button>
        </Flex>
      </Flex>
    </Card>
  );
}
