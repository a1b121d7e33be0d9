import { Alert, Button, Card, Descriptions, Flex, List, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../../shared/api/client';
import type { Scorecard } from '../../../shared/contracts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { casePath } from '../../conduct/paths';
import { taskPath } from '../../work/paths';
import { useScorecard, useScorecardEvents } from '../api';
import { LevelTag } from '../components/LevelTag';
import { ScorecardActions } from '../components/ScorecardActions';

const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** One person's scorecard: the scheme it follows, every computed line linking to its task, the level and its rules, the steps. */
export function ScorecardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useScorecard(id);
  const events = useScorecardEvents(id);
  if (query.error) return <QueryErrorAlert error={query.error} />;
  const card = query.data;
  if (!card) return null;
  const lines = card.lines.map((line, index) => ({ ...line, key: index }));
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('evaluation.scorecard.title', { name: card.person.name })}
        description={`${t('evaluation.scorecard.period', { from: formatDate(card.period.startsOn), to: formatDate(card.period.endsOn) })} · ${card.unit.name}`}
        extra={<Button href={apiUrl(`/evaluation/scorecards/${card.id}/notice.docx`)}>{t('evaluation.scorecard.notice')}</Button>}
      />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('evaluation.scorecard.scheme')}>{card.scheme.name}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.scorecard.source')}>{card.scheme.source}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.period.state')}>
            <Space>
              <Tag>{t(`evaluation.state.${card.state}`)}</Tag>
              {card.signals.map((signal) => (
                <Tag key={signal.kind} color="red">
                  {t('evaluation.scorecard.late', { date: formatDate(signal.since) })}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.scorecard.due')}>{formatDate(card.stepDueOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.scorecard.reviewer')}>{card.reviewer?.name ?? t('evaluation.scorecard.leaders')}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.scorecard.decider')}>{card.decider?.name ?? t('evaluation.scorecard.leaders')}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.scorecard.score')}>
            <Typography.Text strong data-testid="scorecard-score">
              {card.score === null ? '—' : points(card.score)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.scorecard.computedLevel')}>
            <LevelTag level={card.computedLevel} schemeName={card.computedLevel ? card.scheme.levelNames[card.computedLevel] : undefined} />
          </Descriptions.Item>
          {card.level && (
            <Descriptions.Item label={t('evaluation.scorecard.level')}>
              <LevelTag level={card.level} schemeName={card.scheme.levelNames[card.level]} />
            </Descriptions.Item>
          )}
          {card.appealDueOn && (
            <Descriptions.Item label={t('evaluation.scorecard.appealDue', { date: formatDate(card.appealDueOn) })}>
              {formatDate(card.publishedOn)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <ScorecardActions card={card} />
      <Card size="small" title={t('evaluation.scorecard.lines')}>
        <Table<Scorecard['lines'][number] & { key: number }>
          size="small"
          pagination={false}
          dataSource={lines}
          rowKey="key"
          columns={[
            { title: t('evaluation.scorecard.line'), render: (_, line) => localize(line.label, language) },
            {
              title: t('evaluation.scorecard.points'),
              align: 'right',
              width: 90,
              render: (_, line) => (line.points === 0 ? '' : `${line.points > 0 ? '+' : ''}${points(line.points)}`),
            },
            {
              title: '',
              width: 130,
              render: (_, line) =>
                line.taskId ? (
                  <Link to={taskPath(line.taskId)}>{t('evaluation.scorecard.task')}</Link>
                ) : line.caseId ? (
                  <Link to={casePath(line.caseId)}>{t('evaluation.scorecard.case')}</Link>
                ) : null,
            },
          ]}
        />
      </Card>
      {card.placement && (
        <Alert
          type="info"
          showIcon
          title={t('evaluation.scorecard.placement', { unit: card.unit.name })}
          description={card.placement.units.map((stint) => t('evaluation.scorecard.placementDays', { unit: stint.unitName, days: stint.days })).join('; ')}
        />
      )}
      {card.levelReasons.length > 0 && (
        <Card size="small" title={t('evaluation.scorecard.reasons')}>
          <List size="small" dataSource={card.levelReasons} renderItem={(reason) => <List.Item>{localize(reason.text, language)}</List.Item>} />
        </Card>
      )}
      {(card.selfComment || card.reviewComment || card.appealReason || card.appealAnswer) && (
        <Card size="small">
          <Descriptions size="small" column={1}>
            {card.selfComment && <Descriptions.Item label={t('evaluation.scorecard.selfComment')}>{card.selfComment}</Descriptions.Item>}
            {card.reviewComment && <Descriptions.Item label={t('evaluation.scorecard.reviewComment')}>{card.reviewComment}</Descriptions.Item>}
            {card.appealReason && <Descriptions.Item label={t('evaluation.scorecard.appealReason')}>{card.appealReason}</Descriptions.Item>}
            {card.appealAnswer && <Descriptions.Item label={t('evaluation.scorecard.appealAnswer')}>{card.appealAnswer}</Descriptions.Item>}
          </Descriptions>
        </Card>
      )}
      <Card size="small" title={t('evaluation.scorecard.history')}>
        <Timeline
          items={(events.data ?? []).map((event) => ({
            content: `${formatDateTime(event.occurredAt)} · ${event.actorName} · ${event.kind}${event.reason ? ` · ${event.reason}` : ''}`,
          }))}
        />
      </Card>
    </Flex>
  );
}
