import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui';
import { useTaskSummary } from '../api';
import { type SummaryKey, summaryKeys } from '../my-work-filters';

const alertColors: Partial<Record<SummaryKey, string>> = { overdue: '#cf1322', dueToday: '#d46b08', awaitingMyDecision: '#1f4e8c' };

interface SummaryCardsProps {
  active: SummaryKey | null;
  onSelect: (key: SummaryKey | null) => void;
}

/** Today's counters; clicking one narrows the list below to it, clicking again clears it. */
export function SummaryCards({ active, onSelect }: SummaryCardsProps) {
  const { t } = useTranslation();
  const summary = useTaskSummary();
  if (summary.isError) return <QueryErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <Row gutter={[12, 12]}>
      {summaryKeys.map((key) => {
        const value = summary.data?.[key] ?? 0;
        return (
          <Col key={key} xs={12} md={8} lg={{ flex: '20%' }}>
            <Card
              size="small"
              hoverable
              className={active === key ? 'summary-card summary-card-active' : 'summary-card'}
              role="button"
              tabIndex={0}
              aria-pressed={active === key}
              onClick={() => onSelect(active === key ? null : key)}
              onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onSelect(active === key ? null : key)}
            >
              <Statistic
                title={t(`work.summary.${key}`)}
                value={value}
                loading={summary.isPending}
                styles={{ content: { color: value > 0 ? alertColors[key] : undefined } }}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
