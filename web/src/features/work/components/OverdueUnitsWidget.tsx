import '../work.css';
import { WarningOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryErrorAlert } from '../../../shared/ui';
import { useDashboard } from '../api';
import { topLevelUnits } from '../dashboard-tree';
import { DASHBOARD_PATH } from '../paths';

const SHOWN = 6;

/** Home widget for leaders and heads: the units (one level down) that have overdue tasks, most first. */
export function OverdueUnitsWidget() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dashboard = useDashboard(undefined);
  const units = topLevelUnits(dashboard.data ?? [])
    .filter((unit) => unit.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, SHOWN);
  return (
    <Card
      title={
        <span>
          <WarningOutlined aria-hidden /> {t('work.widget.overdueUnits')}
        </span>
      }
      extra={
        <Button type="link" onClick={() => navigate(DASHBOARD_PATH)}>
          {t('home.open')}
        </Button>
      }
      className="home-widget"
    >
      {dashboard.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {dashboard.isError && <QueryErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.data && units.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.widget.noOverdueUnits')} />}
      {units.length > 0 && (
        <List
          size="small"
          dataSource={units}
          renderItem={(unit) => (
            <List.Item key={unit.unitId}>
              <span>{unit.name}</span>
              <Tag color="red">{t('work.widget.overdueCount', { count: unit.overdue })}</Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
