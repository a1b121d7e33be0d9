import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../shared/contracts';

/** What is waiting on the task: its open request, or a submitted result to review. */
export function TaskRequestTag({ task }: { task: Pick<TaskListItem, 'openRequest' | 'status'> }) {
  const { t } = useTranslation();
  if (task.openRequest) return <Tag color="orange">{t(`work.requestKind.${task.openRequest.kind}`)}</Tag>;
  if (task.status === 'submitted') return <Tag color="purple">{t('work.status.submitted')}</Tag>;
  return null;
}
