import '../feedback.css';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Rate, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { feedbackCategoryInfo } from '../../../../../contracts/feedback-vocabulary';
import { ApiError } from '../../../shared/api';
import { formatDate, formatDateTime } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { downloadReporterFile, rateAnswer, sendReporterFile, sendReporterMessage, trackReport } from '../api';
import { FeedbackStatusTag } from '../components/FeedbackStatusTag';
import { PublicShell } from '../components/PublicShell';
import { ReportThread } from '../components/ReportThread';
import { PUBLIC_REPORT_PATH } from '../paths';
import type { TrackedReport } from '../types';

/** The reporter's page: the code opens status, answer, thread, files and the rating. The code never enters the address. */
export function TrackReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const location = useLocation();
  const [code, setCode] = useState<string>((location.state as { code?: string } | null)?.code ?? '');
  const [report, setReport] = useState<TrackedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState('');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');

  const run = async (work: () => Promise<TrackedReport>) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await work());
      return true;
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 404) setError(t('feedback.track.notFound'));
      else setError(failure instanceof ApiError ? localize(failure.text, language) : t('errors.crashTitle'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const initial = (location.state as { code?: string } | null)?.code;
    if (initial) void trackReport(initial).then(setReport, () => undefined);
  }, [location.state]);

  return (
    <PublicShell title={t('feedback.track.title')}>
      <Flex vertical gap={16}>
        <Card>
          <Form layout="vertical" onFinish={() => void run(() => trackReport(code))}>
            <Form.Item label={t('feedback.track.codeLabel')} htmlFor="tracking-code-input">
              <Flex gap={8} wrap>
                <Input
                  id="tracking-code-input"
                  className="tracking-code-input"
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                  placeholder={t('feedback.track.codePlaceholder')}
                  autoComplete="off"
                  spellCheck={false}
                />
                <Button type="primary" htmlType="submit" loading={busy && !report}>
                  {t('feedback.track.open')}
                </Button>
              </Flex>
            </Form.Item>
          </Form>
          {error && <Alert type="error" showIcon title={error} role="alert" />}
          <Link to={PUBLIC_REPORT_PATH}>{t('feedback.track.newReport')}</Link>
        </Card>
        {report && (
          <>
            <Card title={`${t('feedback.track.reference')} ${report.reference}`} extra={<FeedbackStatusTag status={report.status} />}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('feedback.public.agency')}>{report.agencyName}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.public.unit')}>{report.unitName}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.public.category')}>{localize(feedbackCategoryInfo[report.category].label, language)}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.public.occurredOn')}>{formatDate(report.occurredOn)}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.track.receivedAt')}>{formatDateTime(report.receivedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.track.acceptDue')}>{formatDateTime(report.acceptDueAt)}</Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph className="thread-body">{report.content}</Typography.Paragraph>
            </Card>
            <Card title={report.status === 'rejected' ? t('feedback.track.rejected') : t('feedback.track.answer')}>
              {report.status === 'rejected' && <Typography.Paragraph className="thread-body">{report.rejectionReason}</Typography.Paragraph>}
              {report.status !== 'rejected' &&
                (report.answer ? (
                  <div data-testid="report-answer">
                    <Typography.Text type="secondary">{formatDateTime(report.answeredAt)}</Typography.Text>
                    <Typography.Paragraph className="thread-body">{report.answer}</Typography.Paragraph>
                  </div>
                ) : (
                  <Typography.Text type="secondary">{t('feedback.track.noAnswer')}</Typography.Text>
                ))}
              {report.attachments.length > 0 && (
                <Flex vertical gap={4}>
                  <Typography.Text strong>{t('feedback.track.files')}</Typography.Text>
                  {report.attachments.map((file) => (
                    <Button
                      key={file.id}
                      type="link"
                      icon={<PaperClipOutlined aria-hidden />}
                      onClick={() => void downloadReporterFile(code, file.id, file.fileName)}
                    >
                      {file.fileName}
                    </Button>
                  ))}
                </Flex>
              )}
              {report.rating && (
                <Alert type="success" title={t('feedback.track.rated', { score: report.rating.score })} description={report.rating.comment || undefined} />
              )}
              {report.canRate && (
                <Flex vertical gap={8} className="rate-box">
                  <Typography.Text strong id="rate-label">
                    {t('feedback.track.rate')}
                  </Typography.Text>
                  <Rate value={score} onChange={setScore} aria-labelledby="rate-label" />
                  <Input.TextArea
                    value={comment}
                    onChange={(event) => setComment(event.target.value)}
                    placeholder={t('feedback.track.rateComment')}
                    maxLength={2000}
                    rows={2}
                  />
                  <Button type="primary" disabled={score === 0} loading={busy} onClick={() => void run(() => rateAnswer(code, score, comment))}>
                    {t('feedback.track.rateSend')}
                  </Button>
                </Flex>
              )}
            </Card>
            <Card title={t('feedback.track.thread')}>
              <ReportThread messages={report.messages} side="reporter" />
              {report.status !== 'rejected' && (
                <Flex vertical gap={8}>
                  <Input.TextArea
                    aria-label={t('feedback.track.addMessage')}
                    placeholder={t('feedback.track.addMessage')}
                    value={reply}
                    onChange={(event) => setReply(event.target.value)}
                    maxLength={3000}
                    rows={3}
                  />
                  <Flex gap={8} wrap>
                    <Button
                      type="primary"
                      disabled={!reply.trim()}
                      loading={busy}
                      onClick={() => void run(() => sendReporterMessage(code, reply)).then((ok) => ok && setReply(''))}
                    >
                      {t('feedback.track.send')}
                    </Button>
                    {report.status !== 'answered' && (
                      <Upload
                        accept=".png,.jpg,.jpeg,.pdf"
                        showUploadList={false}
                        beforeUpload={(file) => {
                          void run(() => sendReporterFile(code, file)).then((ok) => ok && message.success(file.name));
                          return false;
                        }}
                      >
                        <Button icon={<UploadOutlined aria-hidden />}>{t('feedback.track.attach')}</Button>
                      </Upload>
                    )}
                  </Flex>
                </Flex>
              )}
            </Card>
          </>
        )}
      </Flex>
    </PublicShell>
  );
}
