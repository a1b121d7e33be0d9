import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../shared/contracts';
import { statusColors } from '../work-labels';

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`work.status.${status}`)}</Tag>;
}
