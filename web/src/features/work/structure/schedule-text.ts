import type { TFunction } from 'i18next';
import type { TaskSeries } from './api';

/** Monday (1) … Friday (5), as message keys. */
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** "Hằng tháng, ngày làm việc cuối cùng", "Hằng tuần, thứ Sáu"…: a schedule as people say it. */
export function scheduleText(t: TFunction, schedule: TaskSeries['schedule']): string {
  const day = (value: number | 'last_working_day') =>
    value === 'last_working_day' ? t('workStructure.series.lastWorkingDay') : t('workStructure.series.dayN', { day: value });
  switch (schedule.kind) {
    case 'every_working_days':
      return t('workStructure.series.everyText', { n: schedule.interval });
    case 'weekly':
      return t('workStructure.series.weeklyText', { weekday: t(`workStructure.weekday.${weekdayKeys[schedule.weekday - 1]}`) });
    case 'monthly':
      return t('workStructure.series.monthlyText', { day: day(schedule.day) });
    case 'quarterly':
      return t('workStructure.series.quarterlyText', { month: schedule.monthOfQuarter, day: day(schedule.day) });
  }
}
