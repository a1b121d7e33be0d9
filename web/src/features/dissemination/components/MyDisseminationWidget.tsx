import { ReadOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../shared/format';
import { QueryErrorAlert } from '../../../shared/ui';
import { useDisseminationSummary, useMyAssignments } from '../api';
import { assignmentPath, MEETINGS_PATH, MY_ASSIGNMENTS_PATH } from '../paths';

/**
 * "Quán triệt, hội nghị" on the home page and in "Việc của tôi": the campaigns waiting for me
 * (overdue acknowledgement in red) and the conferences I am invited to.
 */
export function MyDisseminationWidget() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const summary = useDisseminationSummary();
  const pending = useMyAssignments('pending', undefined, 5);
  return (
    <Card
      title={
        <span>
          <ReadOutlined aria-hidden /> {t('dissemination.widget.title')}
        </span>
      }
      extra={
        <Button type="link" onClick={() => navigate(MY_ASSIGNMENTS_PATH)}>
          {t('home.open')}
        </Button>
      }
      className="home-widget"
      data-testid="dissemination-widget"
    >
      {(summary.isPending || pending.isPending) && <Skeleton active paragraph={{ rows: 3 }} />}
      {pending.isError && <QueryErrorAlert error={pending.error} onRetry={() => void pending.refetch()} />}
      {summary.data && summary.data.overdueCampaigns > 0 && (
        <Typography.Text type="danger" strong>
          {t('dissemination.widget.overdue')}: {summary.data.overdueCampaigns}
        </Typography.Text>
      )}
      {summary.data && summary.data.upcomingMeetings > 0 && (
        <div>
          <Link to={MEETINGS_PATH}>
            {t('dissemination.widget.meetings')}: {summary.data.upcomingMeetings}
          </Link>
        </div>
      )}
      {/* A plain list: antd's List brings its pager (and the select inside it) to every home page. */}
      {pending.data && (
        <div className="widget-list">
          {pending.data.items.length > 0 ? (
            <Typography.Text type="secondary" className="widget-list-header">
              {t('dissemination.widget.pending')}: {summary.data?.pendingCampaigns ?? pending.data.items.length}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('dissemination.widget.empty')}</Typography.Text>
          )}
          <ul>
            {pending.data.items.map((item) => (
              <li key={item.id}>
                <Link to={assignmentPath(item.id)} className="widget-count-link">
                  <Flex vertical>
                    <span>{item.campaign.title}</span>
                    <Flex gap={4} wrap>
                      <Tag>{t(`dissemination.stage.${item.stage}`)}</Tag>
                      {item.isOverdue && <Tag color="red">{t('dissemination.overdue')}</Tag>}
                      {item.wasAskedAgain && <Tag color="orange">{t('dissemination.askedAgain')}</Tag>}
                      {item.dueDate && (
                        <Typography.Text type={item.isOverdue ? 'danger' : 'secondary'}>
                          {t('dissemination.dueDate')}: {formatDate(item.dueDate)}
                        </Typography.Text>
                      )}
                    </Flex>
                  </Flex>
                  <RightOutlined className="widget-count-arrow" aria-hidden />
                </Link>
              </li>
            ))}
          </ul>
          {/* The widget shows a few; the full list is one tap away. */}
          {pending.data.items.length > 0 && <Link to={MY_ASSIGNMENTS_PATH}>{t('dissemination.widget.viewAll')}</Link>}
        </div>
      )}
    </Card>
  );
}
