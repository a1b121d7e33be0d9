import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScorecardRow } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { scorecardPath } from '../paths';
import { LevelTag } from './LevelTag';

/** Scorecards as a table: person (linking to the scorecard), unit, step with its lateness, score, computed and decided level. */
export function ScorecardTable({ rows, isLoading, showPeriod = false }: { rows: ScorecardRow[]; isLoading: boolean; showPeriod?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<ScorecardRow>
      size="small"
      rowKey="id"
      loading={isLoading}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('evaluation.period.person'), render: (_, row) => <Link to={scorecardPath(row.id)}>{row.person.name}</Link> },
        ...(showPeriod ? [{ title: t('evaluation.periods.startsOn'), render: (_: unknown, row: ScorecardRow) => formatDate(row.period.startsOn) }] : []),
        { title: t('evaluation.period.unit'), render: (_, row) => row.unit.name },
        {
          title: t('evaluation.period.state'),
          render: (_, row) => (
            <Space size={4}>
              <Tag>{t(`evaluation.state.${row.state}`)}</Tag>
              {row.signals.map((signal) => (
                <Tag key={signal.kind} color="red">
                  {t('evaluation.scorecard.late', { date: formatDate(signal.since) })}
                </Tag>
              ))}
            </Space>
          ),
        },
        { title: t('evaluation.scorecard.score'), align: 'right', render: (_, row) => row.score?.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) ?? '—' },
        { title: t('evaluation.scorecard.computedLevel'), render: (_, row) => <LevelTag level={row.computedLevel} /> },
        {
          title: t('evaluation.scorecard.level'),
          render: (_, row) => (row.level || row.state === 'published' || row.state === 'closed' ? <LevelTag level={row.level} /> : '—'),
        },
      ]}
    />
  );
}
