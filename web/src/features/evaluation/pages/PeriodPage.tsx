import { Alert, Button, Card, Col, Flex, Popconfirm, Row, Select, Space, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiUrl } from '../../../shared/api/client';
import { ratingLevels, type RatingLevel } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { ApiError } from '../../../shared/api';
import { usePeriod, usePeriodCommand, usePeriodTable } from '../api';
import { ScorecardTable } from '../components/ScorecardTable';

/**
 * A period: per unit and scheme the level distribution against the cap (the leader's view across units when the
 * period covers the agency), the paged table with its .xlsx export, and publishing and closing.
 */
export function PeriodPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const [level, setLevel] = useState<RatingLevel | undefined>();
  const pages = useCursorPages(level ?? '');
  const period = usePeriod(id);
  const table = usePeriodTable(id, { level }, pages.cursor);
  const command = usePeriodCommand(id);
  const [problem, setProblem] = useState<string | null>(null);
  if (period.error) return <QueryErrorAlert error={period.error} />;
  const data = period.data;
  if (!data) return null;
  const run = async (name: 'publish' | 'close' | 'recompute') => {
    setProblem(null);
    try {
      await command.mutateAsync(name);
    } catch (error) {
      setProblem(error instanceof ApiError ? localize(error.text, language) : String(error));
    }
  };
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('evaluation.period.title', {
          kind: t(`evaluation.kind.${data.kind}`),
          from: formatDate(data.startsOn),
          to: formatDate(data.endsOn),
          unit: data.unit.name,
        })}
        description={t('evaluation.periods.dueDates', {
          self: formatDate(data.selfAssessmentDueOn),
          review: formatDate(data.reviewDueOn),
          decision: formatDate(data.decisionDueOn),
        })}
        extra={
          <>
            <Button href={apiUrl(`/evaluation/periods/${id}/scorecards.xlsx`)}>{t('evaluation.period.export')}</Button>
            {data.abilities.includes('recompute') && <Button onClick={() => void run('recompute')}>{t('evaluation.period.recompute')}</Button>}
            {data.abilities.includes('publish') && (
              <Button type="primary" onClick={() => void run('publish')}>
                {t('evaluation.period.publish')}
              </Button>
            )}
            {data.abilities.includes('close') && (
              <Popconfirm title={t('evaluation.period.close')} onConfirm={() => void run('close')}>
                <Button danger>{t('evaluation.period.close')}</Button>
              </Popconfirm>
            )}
          </>
        }
      />
      {problem && <Alert type="error" showIcon title={problem} role="alert" />}
      <Space wrap>
        {Object.entries(data.counts).map(([state, count]) => (
          <Tag key={state}>
            {t(`evaluation.state.${state as 'review'}`)}: {count}
          </Tag>
        ))}
      </Space>
      <Card size="small" title={t('evaluation.period.distribution')}>
        <Row gutter={[16, 16]}>
          {data.distribution.map((group) => (
            <Col key={`${group.unitId}:${group.schemeCode}`} xs={24} md={12} xl={8}>
              <Card size="small" title={group.unitName} extra={group.cap.isExceeded && <Tag color="red">{t('evaluation.period.capExceeded')}</Tag>}>
                <Space wrap>
                  {[...ratingLevels, 'not_rated' as const].map((key) => (
                    <Statistic key={key} title={t(`evaluation.level.${key}`)} value={group.levels[key] ?? 0} />
                  ))}
                </Space>
                <div>
                  {t('evaluation.period.unitRating')} <Tag>{t(`evaluation.level.${group.unitRating.level}`)}</Tag>{' '}
                  {localize(group.unitRating.explanation, language)}
                </div>
                <div>
                  {t('evaluation.period.cap', {
                    allowed: group.cap.allowed,
                    level: group.cap.level,
                    percent: group.cap.percent,
                    basis: group.cap.basis,
                    count: group.cap.count,
                  })}
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <Card
        size="small"
        title={t('evaluation.period.table')}
        extra={
          <Select
            allowClear
            placeholder={t('evaluation.period.allLevels')}
            style={{ width: 200 }}
            value={level}
            onChange={setLevel}
            options={ratingLevels.map((key) => ({ value: key, label: t(`evaluation.level.${key}`) }))}
          />
        }
      >
        {table.error && <QueryErrorAlert error={table.error} />}
        <ScorecardTable rows={table.data?.items ?? []} isLoading={table.isPending} />
        <CursorPager
          hasPrevious={pages.hasPrevious}
          nextCursor={table.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          isLoading={table.isFetching}
        />
      </Card>
    </Flex>
  );
}
