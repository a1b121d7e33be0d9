import type { Db } from '../../db/client.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import { feedbackFigures } from '../feedback/index.js';
import { monthlyOnTime } from '../work/index.js';
import { publishedUnits } from './accountability.repository.js';

export interface UnitAccountability {
  unitId: string;
  unitName: string;
  completed: number;
  onTime: number;
  reportsReceived: number;
  reportsAcceptedInTime: number;
  reportsAnswered: number;
  averageRating: number | null;
  /** Twelve months, oldest first: tasks completed and on time in each. */
  trend: { month: string; completed: number; onTime: number }[];
}

/** Figures are aggregates only; they are kept a few minutes, since the page is public and the figures move slowly. */
const CACHE_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: UnitAccountability[] }>();

/** The last twelve months: from the first day of the month eleven months ago to today. */
export function twelveMonthsTo(now: Date) {
  const today = localDateOf(now);
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  const months = Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(year, month - 12 + index, 1)).toISOString().slice(0, 7));
  return { fromInstant: startOfLocalDay(start), toInstant: startOfLocalDay(addCalendarDays(today, 1)), months };
}

/** Each published unit's on-time rate, citizens' report handling and satisfaction over twelve months. */
export async function accountabilityOf(db: Db, agencyId: string, now: Date): Promise<UnitAccountability[]> {
  const cached = cache.get(agencyId);
  if (cached && now.getTime() - cached.at < CACHE_MS && now.getTime() >= cached.at) return cached.value;
  const window = twelveMonthsTo(now);
  const value: UnitAccountability[] = [];
  for (const unit of await publishedUnits(db, agencyId)) {
    const scope = { agencyId, unitPath: unit.path, ...window };
    const monthly = await monthlyOnTime(db, scope);
    const feedback = await feedbackFigures(db, scope);
    const trend = window.months.map((month) => monthly.find((row) => row.month === month) ?? { month, completed: 0, onTime: 0 });
    value.push({
      unitId: unit.id,
      unitName: unit.name,
      completed: trend.reduce((sum, row) => sum + row.completed, 0),
      onTime: trend.reduce((sum, row) => sum + row.onTime, 0),
      reportsReceived: feedback.received,
      reportsAcceptedInTime: feedback.acceptedInTime,
      reportsAnswered: feedback.answered,
      averageRating: feedback.averageRating,
      trend,
    });
  }
  cache.set(agencyId, { at: now.getTime(), value });
  return value;
}

/** A change of which units are published shows at once. */
export const forgetAccountability = (agencyId: string) => cache.delete(agencyId);
