import '../work.css';
import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useDashboard } from '../api';
import { DashboardChart } from '../components/DashboardChart';
import { DashboardTable } from '../components/DashboardTable';
import { TrendChart } from '../components/TrendChart';
import { UnitPicker } from '../../org';

/** "Bảng theo dõi": per-unit overdue, on-time, transfer and extension counts, as a tree and a chart. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string>();
  const dashboard = useDashboard(unitId);
  const rows = dashboard.data ?? [];
  const unitPicker = (
    <Flex gap={8} wrap>
      <UnitPicker<string>
        allowClear
        className="dashboard-unit"
        aria-label={t('work.dashboard.rootUnit')}
        placeholder={t('work.dashboard.rootUnit')}
        value={unitId}
        onChange={setUnitId}
      />
      <ExportButton path="/tasks/dashboard" query={{ unitId }} />
    </Flex>
  );
  return (
    <>
      <PageHeader title={t('work.dashboard.title')} description={t('work.nav.dashboardDescription')} extra={unitPicker} />
      {dashboard.isError ? (
        <QueryErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card title={t('work.dashboard.chartTitle')}>{rows.length > 0 && <DashboardChart rows={rows} />}</Card>
          <Card title={t('work.dashboard.trendTitle')}>
            <TrendChart unitId={unitId} />
          </Card>
          <Card>
            <Typography.Paragraph type="secondary">{t('work.dashboard.rollupNote')}</Typography.Paragraph>
            <DashboardTable rows={rows} isLoading={dashboard.isFetching} onOpenUnit={setUnitId} />
          </Card>
        </Flex>
      )}
    </>
  );
}
