import { Card, Col, Empty, List, Row, Spin, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useMyResponsibility } from '../api';
import { procedurePath, runPath } from '../paths';

const outcomeColor = { in_time: 'blue', overdue: 'red', awaiting_acceptance: 'gold' } as const;
const outcomeKey = { in_time: 'inTime', overdue: 'overdue', awaiting_acceptance: 'awaitingAcceptance' } as const;

/** "Trách nhiệm của tôi": one page, from live data, of everything a person is accountable for. */
export function MyResponsibilityPage() {
  const { t } = useTranslation();
  const mine = useMyResponsibility();
  if (mine.isLoading) return <Spin />;
  if (mine.isError || !mine.data) return <QueryErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const m = mine.data;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('procedures.mine.empty')} />;
  return (
    <>
      <PageHeader title={`${t('procedures.mine.title')} — ${m.person.fullName}`} description={t('procedures.nav.mineDescription')} />
      <Row gutter={[16, 16]}>
        {(['inTime', 'overdue', 'awaitingAcceptance'] as const).map((key) => (
          <Col key={key} xs={12} md={4}>
            <Card>
              <Statistic title={t(`procedures.mine.${key}`)} value={m.tasks[key]} />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={4}>
          <Card>
            <Statistic title={t('procedures.mine.transfersAway')} value={m.transfersAway} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card>
            <Statistic title={t('procedures.mine.extensions')} value={m.extensions} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="procedure-mine">
        <Col xs={24} lg={12}>
          <Card title={t('procedures.mine.steps')}>
            {m.steps.length === 0 ? (
              empty
            ) : (
              <List
                dataSource={m.steps}
                renderItem={(s) => (
                  <List.Item>
                    <Link to={procedurePath(s.procedureId)}>{s.code}</Link>&nbsp;— {s.position}. {s.name}{' '}
                    <Tag>{`${s.limitValue} ${t(`procedures.limitUnit.${s.limitUnit}`)}`}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.mine.holding')}>
            {m.holding.length === 0 ? (
              empty
            ) : (
              <List
                dataSource={m.holding}
                renderItem={(h) => (
                  <List.Item>
                    <Link to={runPath(h.runId)}>{h.subjectTitle}</Link>&nbsp;— {h.code}, {h.position}. {h.name}{' '}
                    {h.dueDate && <Tag>{formatDate(h.dueDate)}</Tag>}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.mine.targets')}>
            {m.targets.length === 0 ? (
              empty
            ) : (
              <List
                dataSource={m.targets}
                renderItem={(target) => (
                  <List.Item>
                    {target.metric} — {target.planNumber ?? target.planTitle}{' '}
                    <Tag>{t('procedures.mine.reached', { reached: target.reachedValue, target: target.targetValue, unit: target.unitOfMeasure })}</Tag>{' '}
                    <Tag>{formatDate(target.deadline)}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.mine.tasks')}>
            {m.tasks.items.length === 0 ? (
              empty
            ) : (
              <List
                dataSource={m.tasks.items}
                renderItem={(task) => (
                  <List.Item>
                    <Link to={`/viec/${task.id}`}>{task.title}</Link>{' '}
                    <Tag color={outcomeColor[task.outcome]}>{t(`procedures.mine.${outcomeKey[task.outcome]}`)}</Tag> <Tag>{formatDate(task.dueDate)}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
