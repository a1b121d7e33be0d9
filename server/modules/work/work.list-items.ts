import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { taskListItemSchema } from '../../../contracts/work.js';
import { createJsonWriter } from '../../http/serializer.js';
import type { Actor } from '../../platform/actor.js';
import { BoundedMap } from '../../platform/bounded-map.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { Db } from '../../db/client.js';
import type { Names } from '../org/index.js';
import { viewerKeyOf } from './work.policy.js';
import { presentTaskSummary } from './work.presenter.js';
import type { SignalSettings } from './work.signals.js';
import { listTasksById, type TaskListKey } from './work.task-page.js';

/**
 * List items kept as the JSON they were written as, per task and viewer. Presenting a task (its
 * signals, escalation, outcome and the viewer's commands), then decoding its 24 columns and writing
 * them, were most of a list's server time, and a task changes a few times a day while its owner and
 * unit open their lists many times between. An item is written again whenever anything it was
 * written from is not what the page now reads: the row's version (`xmin`, moved by any write to
 * the task), the local day (signals and outcome count days), the working calendar and signal
 * settings in use, the names it shows, or what the viewer is to the task (viewerKeyOf).
 */

/** What an item was written from, besides the task's id and the viewer. */
interface ItemInputs {
  version: string;
  day: string;
  calendar: WorkingCalendar;
  settings: SignalSettings | undefined;
  ownerName: string;
  assignerName: string;
  unitName: string;
  proposedOwnerName: string | null;
}

interface Entry extends ItemInputs {
  json: Buffer;
}

const sameInputs = (a: ItemInputs, b: ItemInputs) =>
  a.version === b.version && a.day === b.day && a.calendar === b.calendar && a.settings === b.settings &&
  a.ownerName === b.ownerName && a.assignerName === b.assignerName && a.unitName === b.unitName && a.proposedOwnerName === b.proposedOwnerName;

export interface ListItemCacheOptions {
  /** Check each item against its contract before writing it (outside production), as routes do. */
  validate: boolean;
  maxEntries: number;
}

export interface ListPageContext {
  db: Db;
  actor: Actor;
  now: Date;
  calendar: WorkingCalendar;
  settings: SignalSettings | undefined;
  names: Names;
}

export type ListItemCache = ReturnType<typeof createListItemCache>;

export function createListItemCache(options: ListItemCacheOptions = { validate: false, maxEntries: 10_000 }) {
  const write = createJsonWriter(taskListItemSchema, options, (cause) => new ResponseSerializationError('GET', '/api/v1/tasks', { cause }));
  const entries = new BoundedMap<string, Entry>(options.maxEntries);

  return {
    /** The page's items as JSON, in the keys' order: from the cache, the others read whole and written. */
    async itemsOf(keys: readonly TaskListKey[], context: ListPageContext): Promise<Buffer[]> {
      const { actor, names } = context;
      const viewer = viewerKeyOf(actor);
      const day = localDateOf(context.now);
      type Named = Pick<TaskListKey, 'ownerId' | 'assignerId' | 'unitId' | 'proposedOwnerId'>;
      const inputsOf = (key: Named, version: string): ItemInputs => ({
        version, day, calendar: context.calendar, settings: context.settings,
        ownerName: names.person(key.ownerId), assignerName: names.person(key.assignerId), unitName: names.unit(key.unitId),
        proposedOwnerName: key.proposedOwnerId ? names.person(key.proposedOwnerId) : null,
      });
      const items: (Buffer | undefined)[] = keys.map((key) => {
        const entry = entries.get(`${key.id} ${viewer}`);
        return entry && sameInputs(entry, inputsOf(key, key.version)) ? entry.json : undefined;
      });
      const missing = keys.filter((_, index) => items[index] === undefined);
      if (missing.length === 0) return items as Buffer[];

      const written = new Map<string, Buffer>();
      for (const { task, version } of await listTasksById(context.db, actor.agencyId, missing.map((key) => key.id))) {
        // The row as read now, which may be newer than its key: it is cached under its own version.
        const request = task.openRequest as { proposedOwnerId?: string | null } | null;
        const proposedOwnerId = request?.proposedOwnerId ?? null;
        const inputs = inputsOf({ ...task, proposedOwnerId }, version);
        const row = { task, ownerName: inputs.ownerName, assignerName: inputs.assignerName, unitName: inputs.unitName };
        const proposed = proposedOwnerId ? new Map([[proposedOwnerId, inputs.proposedOwnerName ?? '']]) : undefined;
        const json = Buffer.from(write(presentTaskSummary(row, { actor, now: context.now, calendar: context.calendar, settings: context.settings, names: proposed })));
        entries.set(`${task.id} ${viewer}`, { ...inputs, json });
        written.set(task.id, json);
      }
      // A task gone between the two reads leaves the page.
      return keys.flatMap((key, index) => items[index] ?? written.get(key.id) ?? []);
    },
  };
}

const ITEMS_OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

/** A page's JSON from its items' JSON, as the page contract (pageOf) writes it. */
export function pageJson(items: readonly Buffer[], nextCursor: string | null): Buffer {
  const parts: Buffer[] = [ITEMS_OPEN];
  items.forEach((item, index) => parts.push(...(index > 0 ? [COMMA, item] : [item])));
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}`));
  return Buffer.concat(parts);
}
