import { Button, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskListItem } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { taskPath } from '../paths';
import { canMoveDue, isOverdue } from './due-change';

interface TaskGanttProps {
  days: string[];
  tasks: TaskListItem[];
  holidays: Set<string>;
  today: string;
  onMoveDue: (task: TaskListItem, day: string) => void;
}

/** Bars from start to due (clipped to the window), a today line, overdue in red, holidays shaded; drop a bar's end on a day to move its due date. */
export function TaskGantt({ days, tasks, holidays, today, onMoveDue }: TaskGanttProps) {
  const { t } = useTranslation();
  const first = days[0];
  const last = days[days.length - 1];
  const column = (day: string) => days.indexOf(day) + 2;
  const style = { gridTemplateColumns: `minmax(180px, 240px) repeat(${days.length}, minmax(22px, 1fr))` };
  const shade = (day: string) => ['task-gantt-cell', holidays.has(day) ? 'is-holiday' : '', day === today ? 'is-today' : ''].join(' ');
  return (
    <div className="task-gantt" style={style} role="table" aria-label={t('workViews.timeline')}>
      <div className="task-gantt-label" role="columnheader" />
      {days.map((day) => (
        <div key={day} className={`${shade(day)} task-gantt-head`} role="columnheader" title={formatDate(day)}>
          {dayjs(day).format('D')}
        </div>
      ))}
      {tasks.map((task, row) => {
        const start = task.startDate < first ? first : task.startDate;
        const gridRow = row + 2;
        const bar = ['task-gantt-bar', isOverdue(task) ? 'is-overdue' : '', task.status === 'completed' ? 'is-done' : ''].join(' ');
        return [
          <div key={`${task.id}-label`} className="task-gantt-label" style={{ gridRow }} role="rowheader">
            <Link to={taskPath(task.id)}>{task.title}</Link>
            <Typography.Text type="secondary" className="task-gantt-owner">
              {task.owner.fullName}
            </Typography.Text>
          </div>,
          ...days.map((day) => (
            <div
              key={`${task.id}-${day}`}
              className={shade(day)}
              style={{ gridRow, gridColumn: column(day) }}
              data-day={day}
              data-task={task.id}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => event.dataTransfer.getData('text/task-id') === task.id && onMoveDue(task, day)}
            />
          )),
          task.dueDate <= last && (
            <Tooltip key={`${task.id}-bar`} title={`${formatDate(task.startDate)} → ${formatDate(task.dueDate)}`}>
              <div className={bar} style={{ gridRow, gridColumn: `${column(start)} / ${column(task.dueDate) + 1}` }} data-task-bar={task.id}>
                {canMoveDue(task) && (
                  <Button
                    size="small"
                    type="text"
                    className="task-gantt-handle"
                    aria-label={`${t('workViews.changeDue')}: ${task.title}`}
                    draggable
                    onDragStart={(event) => event.dataTransfer.setData('text/task-id', task.id)}
                    onClick={() => onMoveDue(task, task.dueDate)}
                  >
                    ⇥
                  </Button>
                )}
              </div>
            </Tooltip>
          ),
        ];
      })}
    </div>
  );
}
