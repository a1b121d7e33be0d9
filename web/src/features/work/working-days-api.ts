import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { workingDayAnswer, workingDaysAnswer } from '../../../../contracts/calendar';
import { api } from '../../shared/api';
import { useDebouncedValue } from '../../shared/ui';

type WorkingDaysAnswer = z.infer<typeof workingDaysAnswer>;
type WorkingDayAnswer = z.infer<typeof workingDayAnswer>;

/** A count the server accepts as "N working days": a whole number from 1 to 365. */
export function isWorkingDaysCount(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365;
}

/** The deadline N working days after `from`, counted by the server's calendar (holidays, Tết, make-up days) as it is typed. */
export function useWorkingDaysDue(from: string | undefined, days: number | null | undefined) {
  const settled = useDebouncedValue(isWorkingDaysCount(days) ? days : null, 250);
  return useQuery({
    queryKey: ['calendar', 'working-days', from, settled],
    queryFn: ({ signal }) => api.get<WorkingDaysAnswer>('/calendar/working-days', { from: from!, days: String(settled) }, signal),
    enabled: Boolean(from) && settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Whether a picked date is a working day, and the next one if not. */
export function useWorkingDayCheck(date: string | undefined) {
  return useQuery({
    queryKey: ['calendar', 'working-day', date],
    queryFn: ({ signal }) => api.get<WorkingDayAnswer>('/calendar/working-day', { date: date! }, signal),
    enabled: Boolean(date),
    staleTime: 5 * 60_000,
  });
}
