import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskListItem } from '../../../shared/contracts';
import { taskPath } from '../paths';
import { canMoveDue, isOverdue } from './due-change';

interface TaskMonthGridProps {
  /** The days shown, Monday first, whole weeks. */
  days: string[];
  /** The month the calendar is about (other days are dimmed); null for a week. */
  month: string | null;
  tasks: TaskListItem[];
  holidays: Set<string>;
  today: string;
  onMoveDue: (task: TaskListItem, day: string) => void;
}

/** A month or week calendar by due date: holidays shaded, overdue tasks red, a task dragged to another day asks to change its due date. */
export function TaskMonthGrid({ days, month, tasks, holidays, today, onMoveDue }: TaskMonthGridProps) {
  const { t } = useTranslation();
  const byDay = new Map<string, TaskListItem[]>();
  for (const task of tasks) byDay.set(task.dueDate, [...(byDay.get(task.dueDate) ?? []), task]);
  const weekdays = days.slice(0, 7).map((day) => dayjs(day).format('dd'));
  return (
    <div className="task-calendar" role="grid" aria-label={t('workViews.month')}>
      {weekdays.map((name, i) => (
        <div key={`h${i}`} className="task-calendar-head" role="columnheader">
          {name}
        </div>
      ))}
      {days.map((day) => {
        const classes = ['task-calendar-day'];
        if (holidays.has(day)) classes.push('is-holiday');
        if (day === today) classes.push('is-today');
        if (month && !day.startsWith(month)) classes.push('is-outside');
        return (
          <div
            key={day}
            className={classes.join(' ')}
            role="gridcell"
            data-day={day}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              const task = tasks.find((candidate) => candidate.id === event.dataTransfer.getData('text/task-id'));
              if (task) onMoveDue(task, day);
            }}
          >
            <Typography.Text type="secondary" className="task-calendar-date">
              {dayjs(day).format('DD/MM')}
              {holidays.has(day) && <span className="sr-only"> — {t('workViews.holiday')}</span>}
            </Typography.Text>
            {(byDay.get(day) ?? []).map((task) => (
              <Tooltip key={task.id} title={`${task.title} — ${task.owner.fullName}`}>
                <Tag
                  color={isOverdue(task) ? 'red' : task.status === 'completed' ? 'green' : 'blue'}
                  className="task-calendar-item"
                  draggable={canMoveDue(task)}
                  onDragStart={(event) => event.dataTransfer.setData('text/task-id', task.id)}
                >
                  <Link to={taskPath(task.id)}>{task.title}</Link>
                </Tag>
              </Tooltip>
            ))}
          </div>
        );
      })}
    </div>
  );
}
