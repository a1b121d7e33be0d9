import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { CalendarCache } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';
import type { SignalSettings } from './work.signals.js';
import type { TaskSourceVerifiers } from './work.sources.js';

export interface WorkDeps {
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
  /** Needed by the attachment routes only; jobs and seeds leave it out. */
  files?: FileStore;
  signalSettings?: SignalSettings;
  /** Checks of the records tasks come from, by kind, provided by the modules that own them. */
  taskSources?: TaskSourceVerifiers;
}

export function auditContext(deps: WorkDeps, actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
