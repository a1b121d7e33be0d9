import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Progress as PlanProgress, TaskCounts } from '../../../shared/contracts/documents';

/** The linked tasks in the four states, as small coloured counts. */
export function TaskCountTags({ counts }: { counts: TaskCounts }) {
  const { t } = useTranslation();
  return (
    <Flex
      gap={4}
      wrap
      className="documents-counts"
      aria-label={t('documents.counts.summary', {
        total: counts.total,
        onTime: counts.completedOnTime,
        late: counts.completedLate,
        open: counts.openInTime,
        overdue: counts.openOverdue,
      })}
    >
      <Tag>{`${t('documents.counts.total')}: ${counts.total}`}</Tag>
      {counts.completedOnTime > 0 && <Tag color="green">{`${t('documents.counts.completedOnTime')}: ${counts.completedOnTime}`}</Tag>}
      {counts.completedLate > 0 && <Tag color="orange">{`${t('documents.counts.completedLate')}: ${counts.completedLate}`}</Tag>}
      {counts.openInTime > 0 && <Tag color="blue">{`${t('documents.counts.openInTime')}: ${counts.openInTime}`}</Tag>}
      {counts.openOverdue > 0 && <Tag color="red">{`${t('documents.counts.openOverdue')}: ${counts.openOverdue}`}</Tag>}
    </Flex>
  );
}

/** Share of the target reached (capped at 100 %) with the tasks behind it. */
export function ProgressSummary({ progress, showTargets = false }: { progress: PlanProgress; showTargets?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} className="documents-progress-cell">
      <Progress percent={Math.round(progress.attainment * 100)} size="small" aria-label={t('documents.plan.attainment')} />
      {showTargets && <Typography.Text type="secondary">{t('documents.plan.targetsCount', { count: progress.targets })}</Typography.Text>}
      <TaskCountTags counts={progress.tasks} />
    </Flex>
  );
}
