import '../work.css';
import { CarryOutOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryErrorAlert } from '../../../shared/ui';
import { useTaskSummary } from '../api';
import { summaryKeys } from '../my-work-filters';
import { MY_WORK_PATH } from '../paths';

/** Home widget "Việc cần làm": today's counters, each opening the matching list. */
export function MyWorkWidget() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const summary = useTaskSummary();
  const linkOf = (key: string) => (key === 'awaitingMyDecision' ? `${MY_WORK_PATH}?tab=decide` : `${MY_WORK_PATH}?loc=${key}`);
  return (
    <Card
      title={
        <span>
          <CarryOutOutlined aria-hidden /> {t('work.widget.todo')}
        </span>
      }
      extra={
        <Button type="link" onClick={() => navigate(MY_WORK_PATH)}>
          {t('home.open')}
        </Button>
      }
      className="home-widget"
    >
      {summary.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {summary.isError && <QueryErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && (
        <List
          size="small"
          dataSource={summaryKeys}
          renderItem={(key) => {
            const value = summary.data[key];
            return (
              <List.Item key={key}>
                <Link to={linkOf(key)} className="widget-count-link">
                  <span>{t(`work.summary.${key}`)}</span>
                  <span>
                    <Typography.Text strong type={value > 0 && (key === 'overdue' || key === 'dueToday') ? 'danger' : undefined} className="widget-count">
                      {value}
                    </Typography.Text>
                    <RightOutlined className="widget-count-arrow" aria-hidden />
                  </span>
                </Link>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
