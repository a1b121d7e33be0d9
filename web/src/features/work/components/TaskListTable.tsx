import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TaskListItem } from '../../../shared/contracts';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { taskPath } from '../paths';
import { TaskActionButtons } from './commands/TaskActionButtons';
import { type PlainTaskColumn, PlainTaskTable } from './PlainTaskTable';
import { TaskCards } from './TaskCards';
import { TaskDueCell } from './TaskDueCell';
import { TaskProgress } from './TaskProgress';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskTitleCell } from './TaskTitleCell';

interface TaskListTableProps {
  tasks: TaskListItem[];
  isLoading: boolean;
  /** "mine": the owner's everyday actions; "decide": what waits for the viewer's decision. */
  variant: 'mine' | 'decide';
  emptyText: string;
}

const EVERYDAY_ACTIONS = ['accept', 'reportProgress', 'submit'] as const;
const QUICK_ANSWERS = ['respondAccept'] as const;

/** A page of tasks, each with its deadline, status, progress and the actions it allows right here. */
export function TaskListTable({ tasks, isLoading, variant, emptyText }: TaskListTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isMine = variant === 'mine';
  const isPhone = useIsPhone();
  const actionsOf = (task: TaskListItem) =>
    isMine ? (
      <TaskActionButtons task={task} only={EVERYDAY_ACTIONS} size="small" />
    ) : (
      <div className="task-actions">
        <Button size="small" type="primary" ghost onClick={() => navigate(taskPath(task.id))}>
          {t('work.myWork.open')}
        </Button>
        <TaskActionButtons task={task} only={QUICK_ANSWERS} size="small" />
      </div>
    );
  if (isPhone) return <TaskCards tasks={tasks} isLoading={isLoading} emptyText={emptyText} actionsOf={actionsOf} />;
  const columns: PlainTaskColumn[] = [
    { key: 'title', title: t('work.field.title'), render: (task) => <TaskTitleCell task={task} showOwner={!isMine} /> },
    { key: 'due', title: t('work.field.dueDate'), render: (task) => <TaskDueCell task={task} />, width: 160 },
    { key: 'status', title: t('work.field.status'), render: (task) => <TaskStatusTag status={task.status} />, width: 140 },
    { key: 'progress', title: t('work.field.progress'), render: (task) => <TaskProgress task={task} />, width: 150 },
    { key: 'actions', title: t('work.field.actions'), width: 290, render: actionsOf },
  ];
  // Nothing here pages, sorts, filters or selects in the table, so it is a plain one (issue 30).
  const label = t(isMine ? 'work.myWork.tabMine' : 'work.myWork.tabDecide');
  return <PlainTaskTable label={label} columns={columns} tasks={tasks} isLoading={isLoading} emptyText={emptyText} />;
}
