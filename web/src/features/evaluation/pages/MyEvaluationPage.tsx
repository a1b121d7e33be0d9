import { Card, Empty, Flex, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useHistory } from '../api';
import { HistoryChart } from '../components/HistoryChart';
import { LevelTag } from '../components/LevelTag';
import { scorecardPath } from '../paths';

/** The person's own scorecards over the periods, as a chart and a list, newest first. */
export function MyEvaluationPage() {
  const { t } = useTranslation();
  const history = useHistory();
  if (history.error) return <QueryErrorAlert error={history.error} />;
  const points = history.data ?? [];
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('evaluation.mine.title')} />
      {points.length === 0 && !history.isPending ? (
        <Empty description={t('evaluation.mine.empty')} />
      ) : (
        <>
          <Card size="small" title={t('evaluation.mine.chart')}>
            <HistoryChart points={points} />
          </Card>
          <Card size="small">
            <List
              dataSource={[...points].reverse()}
              renderItem={(point) => (
                <List.Item
                  actions={[
                    <Link key="open" to={scorecardPath(point.scorecardId)}>
                      {t('evaluation.mine.open')}
                    </Link>,
                  ]}
                >
                  {t(`evaluation.kind.${point.kind}`)} {formatDate(point.startsOn).slice(3)} ·{' '}
                  {point.score?.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) ?? '—'} {point.level && <LevelTag level={point.level} />}
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
