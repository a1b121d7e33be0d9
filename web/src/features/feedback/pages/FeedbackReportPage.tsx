import '../feedback.css';
import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Rate, Result, Row, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { casePath } from '../../conduct/paths';
import { feedbackCategoryInfo } from '../../../../../contracts/feedback-vocabulary';
import { ApiError } from '../../../shared/api';
import { formatDate, formatDateTime } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useFeedbackReport } from '../api';
import { AcceptClock } from '../components/AcceptClock';
import { FeedbackStatusTag } from '../components/FeedbackStatusTag';
import { ReportActions } from '../components/ReportActions';
import { ReportThread } from '../components/ReportThread';
import { FEEDBACK_QUEUE_PATH } from '../paths';
import { RecordLink } from '../../../shared/ui/RecordLink';

/** One report for staff: content, clock, handling, the thread with the reporter, files, history, actions. */
export function FeedbackReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const report = useFeedbackReport(id);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(FEEDBACK_QUEUE_PATH)}>
      {t('feedback.detail.back')}
    </Button>
  );
  if (report.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (report.isError) {
    if (report.error instanceof ApiError && (report.error.status === 404 || report.error.status === 400))
      return <Result status="404" title={t('feedback.detail.notFound')} extra={back} />;
    return <QueryErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  const data = report.data;
  return (
    <>
      <PageHeader title={`${data.reference} · ${localize(feedbackCategoryInfo[data.category].label, language)}`} description={data.unit.name} extra={back} />
      <Flex vertical gap={16}>
        <ReportActions report={data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Flex vertical gap={16}>
              <Card title={t('feedback.detail.content')} extra={<FeedbackStatusTag status={data.status} />}>
                <Typography.Paragraph className="thread-body">{data.content}</Typography.Paragraph>
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('feedback.detail.occurredOn')}>{formatDate(data.occurredOn)}</Descriptions.Item>
                  <Descriptions.Item label={t('feedback.detail.officialName')}>{data.officialName || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('feedback.detail.subject')}>{data.subject?.fullName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('feedback.detail.manifestation')}>{data.manifestationCode ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('feedback.detail.level')}>{t(`feedback.level.${data.level}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('feedback.detail.reporter')}>
                    {data.isAnonymous ? t('feedback.queue.anonymous') : t('feedback.detail.named')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('feedback.detail.handler')}>
                    {data.handlerUnit ? [data.handlerUnit.name, data.handlerPerson?.fullName].filter(Boolean).join(' · ') : t('feedback.detail.notRouted')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('feedback.queue.clock')}>
                    <AcceptClock report={data} />
                  </Descriptions.Item>
                  {data.caseId && (
                    <Descriptions.Item label={t('feedback.detail.caseOpened')}>
                      <RecordLink to={casePath(data.caseId)} record={`/conduct/cases/${data.caseId}`}>
                        {t('feedback.detail.openCase')}
                      </RecordLink>
                    </Descriptions.Item>
                  )}
                </Descriptions>
              </Card>
              {(data.answer || data.rejectionReason) && (
                <Card title={data.answer ? t('feedback.detail.answer') : t('feedback.status.rejected')}>
                  <Typography.Paragraph className="thread-body">{data.answer ?? data.rejectionReason}</Typography.Paragraph>
                  {data.rating && (
                    <Flex vertical>
                      <Typography.Text strong>{t('feedback.detail.rating')}</Typography.Text>
                      <Rate disabled value={data.rating.score} />
                      {data.rating.comment && <Typography.Text>{data.rating.comment}</Typography.Text>}
                    </Flex>
                  )}
                </Card>
              )}
              <Card title={t('feedback.track.thread')}>
                <ReportThread messages={data.messages} side="staff" />
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <Card title={t('feedback.detail.files')}>
                {data.attachments.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
                {data.attachments.map((file) => (
                  <div key={file.id}>
                    <a href={`/api/v1/feedback/reports/${data.id}/attachments/${file.id}`}>
                      <PaperClipOutlined aria-hidden /> {file.fileName}
                    </a>{' '}
                    <Typography.Text type="secondary">
                      ({file.author === 'reporter' ? t('feedback.detail.fromReporter') : t('feedback.detail.fromStaff')})
                    </Typography.Text>
                  </div>
                ))}
              </Card>
              <Card title={t('feedback.detail.history')}>
                <Timeline
                  items={data.events.map((event) => ({
                    key: event.id,
                    content: (
                      <>
                        <Typography.Text strong>{t(`feedback.event.${event.kind}`)}</Typography.Text>
                        <br />
                        <Typography.Text type="secondary">
                          {event.actorName} · {formatDateTime(event.occurredAt)}
                        </Typography.Text>
                        {event.reason && <Typography.Paragraph className="thread-body">{event.reason}</Typography.Paragraph>}
                      </>
                    ),
                  }))}
                />
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
