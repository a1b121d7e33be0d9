import { Badge, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem, TaskStatus } from '../../../shared/contracts';
import { statusColors, taskStatuses } from '../work-labels';
import { KanbanCard } from './KanbanCard';

interface TaskKanbanProps {
  tasks: TaskListItem[];
  isLoading: boolean;
  /** The statuses filtered on; every status when none. */
  statuses?: TaskStatus[];
}

/** The current page's tasks in one column per status. */
export function TaskKanban({ tasks, isLoading, statuses }: TaskKanbanProps) {
  const { t } = useTranslation();
  const columns = taskStatuses.filter((status) => !statuses?.length || statuses.includes(status));
  return (
    <Spin spinning={isLoading}>
      <Typography.Paragraph type="secondary">{t('work.unitBoard.kanbanNote')}</Typography.Paragraph>
      <div className="kanban">
        {columns.map((status) => {
          const inColumn = tasks.filter((task) => task.status === status);
          return (
            <section key={status} className="kanban-column" aria-label={t(`work.status.${status}`)}>
              <Flex justify="space-between" align="center" className="kanban-column-title">
                <Badge color={statusColors[status] === 'default' ? 'gray' : statusColors[status]} text={t(`work.status.${status}`)} />
                <Typography.Text type="secondary">{inColumn.length}</Typography.Text>
              </Flex>
              <Flex vertical gap={8}>
                {inColumn.map((task) => (
                  <KanbanCard key={task.id} task={task} />
                ))}
                {inColumn.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.unitBoard.empty')} />}
              </Flex>
            </section>
          );
        })}
      </div>
    </Spin>
  );
}
