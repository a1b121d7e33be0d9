import { actorOfUsername } from '../../modules/auth/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { ManualClock } from '../../platform/clock.js';
import type { Db } from '../client.js';

/**
 * What demo work is made with: the work module's dependencies on a clock the seed moves through
 * the past, and the demo people as actors (looked up once each).
 */
export function demoWorkContext(db: Db, now: Date, usernamePrefix = '') {
  const clock = new ManualClock(now);
  const deps = { db, clock, calendars: createCalendarCache(db) };
  const actors = new Map<string, Promise<Awaited<ReturnType<typeof actorOfUsername>>>>();
  const actor = (username: string) => {
    const name = usernamePrefix + username;
    if (!actors.has(name)) actors.set(name, actorOfUsername(deps, name));
    return actors.get(name)!;
  };
  return { clock, deps, actor };
}
