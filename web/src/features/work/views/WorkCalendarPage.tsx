import '../work.css';
import './views.css';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TaskListItem } from '../../../shared/contracts';
import { todayIso, toIsoDate } from '../../../shared/format';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { CommandModal } from '../components/commands/CommandModal';
import type { ActionSpec } from '../task-actions';
import { dueChangeAction } from './due-change';
import { TaskGantt } from './TaskGantt';
import { TaskMonthGrid } from './TaskMonthGrid';
import { TASK_WINDOW_LIMIT, useTaskWindow, type WindowScope } from './views-api';

type Layout = 'month' | 'week' | 'timeline';

/** The days of [from, to] as yyyy-mm-dd. */
function daysOf(from: Dayjs, to: Dayjs): string[] {
  const days: string[] = [];
  for (let day = from; !day.isAfter(to, 'day'); day = day.add(1, 'day')) days.push(toIsoDate(day));
  return days;
}

const mondayOf = (day: Dayjs) => day.subtract((day.day() + 6) % 7, 'day');

/** The window a layout reads around `anchor`: whole weeks of the month, one week, or the month for the timeline. */
function windowOf(layout: Layout, anchor: Dayjs) {
  if (layout === 'week') return { from: mondayOf(anchor), to: mondayOf(anchor).add(6, 'day') };
  if (layout === 'timeline') return { from: anchor.startOf('month'), to: anchor.endOf('month') };
  const from = mondayOf(anchor.startOf('month'));
  return { from, to: mondayOf(anchor.endOf('month')).add(6, 'day') };
}

/** "Lịch và tiến trình": tasks by due date for my work, my units or a plan, as a month or week calendar or a timeline. */
export function WorkCalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const [layout, setLayout] = useState<Layout>('timeline');
  const [view, setView] = useState<WindowScope['view']>(planId ? 'unit' : ((params.get('view') as WindowScope['view']) ?? 'unit'));
  const [anchor, setAnchor] = useState(() => dayjs());
  const [moving, setMoving] = useState<{ task: TaskListItem; action: ActionSpec } | null>(null);
  const { from, to } = windowOf(layout, anchor);
  const scope: WindowScope = { view, unitId: params.get('unitId') ?? undefined, planId };
  const window = useTaskWindow(scope, toIsoDate(from), toIsoDate(to));
  const days = daysOf(from, to);
  const holidays = new Set(window.data?.holidays ?? []);
  const step = layout === 'week' ? 'week' : 'month';
  const today = todayIso();

  const moveDue = (task: TaskListItem, day: string) => {
    const action = dueChangeAction(task, day);
    if (action) setMoving({ task, action });
    else void message.warning(t('workViews.cannotChange'));
  };

  const title = layout === 'week' ? `${from.format('DD/MM')} – ${to.format('DD/MM/YYYY')}` : anchor.format('MM/YYYY');
  return (
    <>
      <PageHeader title={t('workViews.title')} description={t('workViews.navDescription')} />
      <Card>
        <Flex justify="space-between" align="center" gap={12} wrap className="task-calendar-toolbar">
          <Flex gap={8} align="center" wrap>
            <Button icon={<LeftOutlined aria-hidden />} aria-label={t('workViews.previous')} onClick={() => setAnchor(anchor.subtract(1, step))} />
            <Button onClick={() => setAnchor(dayjs())}>{t('workViews.today')}</Button>
            <Button icon={<RightOutlined aria-hidden />} aria-label={t('workViews.next')} onClick={() => setAnchor(anchor.add(1, step))} />
            <Typography.Title level={4} className="task-calendar-title">
              {title}
            </Typography.Title>
          </Flex>
          <Flex gap={8} wrap>
            {!planId && (
              <Segmented<WindowScope['view']>
                aria-label={t('workViews.scope')}
                value={view}
                onChange={setView}
                options={[
                  { value: 'unit', label: t('workViews.unit') },
                  { value: 'mine', label: t('workViews.mine') },
                ]}
              />
            )}
            <Segmented<Layout>
              aria-label={t('workViews.layout')}
              value={layout}
              onChange={setLayout}
              options={[
                { value: 'timeline', label: t('workViews.timeline') },
                { value: 'month', label: t('workViews.month') },
                { value: 'week', label: t('workViews.week') },
              ]}
            />
            <ExportButton path="/tasks/window" query={{ ...scope, from: toIsoDate(from), to: toIsoDate(to), limit: TASK_WINDOW_LIMIT }} />
          </Flex>
        </Flex>
        <Typography.Paragraph type="secondary">{t('workViews.dragHint')}</Typography.Paragraph>
        {window.data?.truncated && <Alert type="warning" showIcon title={t('workViews.truncated')} className="form-alert" />}
        {window.isError ? (
          <QueryErrorAlert error={window.error} onRetry={() => void window.refetch()} />
        ) : window.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : layout === 'timeline' ? (
          window.data.items.length === 0 ? (
            <Empty description={t('workViews.empty')} />
          ) : (
            <TaskGantt days={days} tasks={window.data.items} holidays={holidays} today={today} onMoveDue={moveDue} />
          )
        ) : (
          <TaskMonthGrid
            days={days}
            month={layout === 'month' ? anchor.format('YYYY-MM') : null}
            tasks={window.data.items}
            holidays={holidays}
            today={today}
            onMoveDue={moveDue}
          />
        )}
      </Card>
      {moving && <CommandModal task={moving.task} action={moving.action} open onClose={() => setMoving(null)} />}
    </>
  );
}
