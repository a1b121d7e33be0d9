import type { Db } from '../../db/client.js';
import { CACHE_BOUNDS, type CacheOptions, createCache } from '../../platform/cache.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { monthlyFeedbackFigures } from '../feedback/index.js';
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

/** The last twelve local months, oldest first, ending with the current one ('YYYY-MM'). */
export function twelveMonthsTo(now: Date): string[] {
  const [year, month] = localDateOf(now).split('-').map(Number);
  return Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(year, month - 12 + index, 1)).toISOString().slice(0, 7));
}

/**
 * Reads each published unit's figures from monthly counters (units × twelve months of rows): tasks from
 * the work module's, citizens' reports from the feedback module's; never the tasks or the reports. An agency's answer is
 * kept for CACHE_BOUNDS.accountability (publishing or withdrawing a unit forgets it at once).
 */
export function createAccountabilityReader(options: CacheOptions = CACHE_BOUNDS.accountability) {
  const cache = createCache<string, UnitAccountability[]>(options);

  async function compute(db: Db, agencyId: string, now: Date): Promise<UnitAccountability[]> {
    const months = twelveMonthsTo(now);
    const value: UnitAccountability[] = [];
    for (const unit of await publishedUnits(db, agencyId)) {
      const scope = { agencyId, unitPath: unit.path, fromMonth: months[0], toMonth: months[11] };
      const monthly = await monthlyCompletions(db, scope);
      const feedback = await monthlyFeedbackFigures(db, scope);
      const trend = months.map((month) => monthly.find((row) => row.month === month) ?? { month, completed: 0, onTime: 0 });
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
