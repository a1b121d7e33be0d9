import type { Db } from '../../db/client.js';
import { CACHE_BOUNDS, type CacheOptions, createCache } from '../../platform/cache.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import { feedbackFigures } from '../feedback/index.js';
import { monthlyCompletions } from '../work/index.js';
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

/** The last twelve months: from the first day of the month eleven months ago to today. */
export function twelveMonthsTo(now: Date) {
  const today = localDateOf(now);
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  const months = Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(year, month - 12 + index, 1)).toISOString().slice(0, 7));
  return { fromInstant: startOfLocalDay(start), toInstant: startOfLocalDay(addCalendarDays(today, 1)), months };
}

/**
 * Reads each published unit's figures: tasks from the work module's monthly counters (units × twelve
 * months of rows, never the tasks), citizens' reports from feedback's figures. An agency's answer is
 * kept for CACHE_BOUNDS.accountability (publishing or withdrawing a unit forgets it at once).
 */
export function createAccountabilityReader(options: CacheOptions = CACHE_BOUNDS.accountability) {
  const cache = createCache<string, UnitAccountability[]>(options);

  async function compute(db: Db, agencyId: string, now: Date): Promise<UnitAccountability[]> {
    const window = twelveMonthsTo(now);
    const value: UnitAccountability[] = [];
    for (const unit of await publishedUnits(db, agencyId)) {
      const scope = { agencyId, unitPath: unit.path, ...window };
      const monthly = await monthlyCompletions(db, { agencyId, unitPath: unit.path, fromMonth: window.months[0], toMonth: window.months[11] });
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
    return value;
  }

  return {
    /** Each published unit's on-time rate, citizens' report handling and satisfaction over twelve months. */
    async of(db: Db, agencyId: string, now: Date): Promise<UnitAccountability[]> {
      const cached = cache.get(agencyId);
      if (cached) return cached;
      const value = await compute(db, agencyId, now);
      cache.set(agencyId, value);
      return value;
    },
    /** A change of which units are published shows at once. */
    forget: (agencyId: string) => void cache.delete(agencyId),
  };
}

/** The process's reader, shared by the public page and the leaders' settings. */
const reader = createAccountabilityReader();
export const accountabilityOf = reader.of;
export const forgetAccountability = reader.forget;
