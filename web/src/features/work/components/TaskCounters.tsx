import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/contracts';

const keys = ['transfers', 'extensions', 'returns'] as const;

/** How often the task changed hands, was extended or returned: the accountability record. */
export function TaskCounters({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('work.detail.counters')}>
      <Row gutter={12}>
        {keys.map((key) => (
          <Col key={key} span={8}>
            <Statistic
              title={t(`work.field.${key}`)}
              value={task.counters[key]}
              styles={{ content: { color: task.counters[key] > 1 ? '#cf1322' : undefined } }}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
