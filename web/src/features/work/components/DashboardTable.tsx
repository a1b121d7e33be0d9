import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitDashboardRow } from '../../../shared/contracts';
import { rootRowKeys } from '../../../shared/unit-tree';
import { buildDashboardTree, type DashboardNode, formatRate } from '../dashboard-tree';
import { KeyboardScrollable } from '../../../shared/ui/KeyboardScrollable';
import { UNIT_WORK_PATH } from '../paths';

/** Drill-down: the unit board, filtered to the unit's subtree (and a warning, if given). */
const boardLink = (unitId: string, signal?: string) => `${UNIT_WORK_PATH}?unitId=${unitId}${signal ? `&signal=${signal}` : ''}`;

interface DashboardTableProps {
  rows: UnitDashboardRow[];
  isLoading: boolean;
  /** Shows the units below one that the answer stops at (it holds a few levels only). */
  onOpenUnit(unitId: string): void;
}

const MIN_NAME_WIDTH = 260;

const count = (value: number, danger = false) =>
  danger && value > 0 ? (
    <Typography.Text type="danger" strong>
      {value}
    </Typography.Text>
  ) : (
    value
  );

/** The unit tree with each unit's rolled-up counters; the first two levels start open. */
export function DashboardTable({ rows, isLoading, onOpenUnit }: DashboardTableProps) {
  const { t } = useTranslation();
  const tree = buildDashboardTree(rows);
  const expanded = rootRowKeys(rows, (row) => row.unitId);
  const columns: TableColumnsType<DashboardNode> = [
    {
      key: 'name',
      title: t('work.dashboard.unit'),
      fixed: 'left',
      render: (_, row) => (
        <>
          <Link to={boardLink(row.unitId)}>{row.name}</Link>
          {row.hasChildren && !row.children && (
            <Button type="link" size="small" onClick={() => onOpenUnit(row.unitId)}>
              {t('work.dashboard.openSubunits')}
            </Button>
          )}
        </>
      ),
    },
    { key: 'open', title: t('work.dashboard.open'), render: (_, row) => count(row.open), width: 110, align: 'right' },
    {
      key: 'overdue',
      title: t('work.dashboard.overdue'),
      render: (_, row) => (row.overdue > 0 ? <Link to={boardLink(row.unitId, 'overdue')}>{count(row.overdue, true)}</Link> : 0),
      width: 90,
      align: 'right',
    },
    { key: 'onTime', title: t('work.dashboard.completedOnTime'), render: (_, row) => count(row.completedOnTime), width: 115, align: 'right' },
    { key: 'late', title: t('work.dashboard.completedLate'), render: (_, row) => count(row.completedLate), width: 115, align: 'right' },
    { key: 'rate', title: t('work.dashboard.onTimeRate'), render: (_, row) => formatRate(row.onTimeRate), width: 105, align: 'right' },
    { key: 'transfers', title: t('work.dashboard.transfers'), render: (_, row) => count(row.transfers), width: 95, align: 'right' },
    { key: 'extensions', title: t('work.dashboard.extensions'), render: (_, row) => count(row.extensions), width: 100, align: 'right' },
  ];
  const width = columns.reduce((total, column) => total + Number(column.width ?? 0), MIN_NAME_WIDTH);
  return (
    <KeyboardScrollable label={t('work.nav.dashboard')}>
      <Table<DashboardNode>
        key={expanded.join()}
        rowKey="unitId"
        size="middle"
        columns={columns}
        dataSource={tree}
        loading={isLoading}
        pagination={false}
        expandable={{ defaultExpandedRowKeys: expanded }}
        scroll={{ x: width }}
      />
    </KeyboardScrollable>
  );
}
