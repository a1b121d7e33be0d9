import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { taskListItemSchema } from '../../../contracts/work.js';
import { createJsonWriter } from '../../http/serializer.js';
import type { Actor } from '../../platform/actor.js';
import { BoundedMap } from '../../platform/bounded-map.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { Db } from '../../db/client.js';
import type { Names } from '../org/index.js';
import { proposedOwnerOf } from './work.mapping.js';
import { relationsOfActor } from './work.policy.js';
import { presentTaskSummary } from './work.presenter.js';
import type { SignalSettings } from './work.signals.js';
import type { RelationFacts } from './work.state.js';
import { listTasksById, type TaskListKey, type TaskListTask } from './work.task-page.js';

/**
 * List items kept as the JSON they were written as, per task and the viewer's relations to it.
 * Presenting a task (its signals, escalation, outcome and the viewer's commands), then decoding its
 * 24 columns and writing them, were most of a list's server time, and a task changes a few times a
 * day while its owner and unit open their lists many times between. An item is written again
 * whenever anything it was written from is not what the page now reads: the row's version (`xmin`,
 * moved by any write to the task), the local day (signals and outcome count days), the working
 * calendar and signal settings in use, or the names it shows. An item depends on its viewer only
 * through their relations to the task (owner, assigner, head of its unit or above, leader, the
 * proposed new owner, or none), which decide its `abilities`: viewers in the same relations share it.
 */

/** What an item was written from, besides the task's id and the viewer's relations to it. */
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
      const day = localDateOf(context.now);
      const keyOf = (task: Pick<TaskListKey, 'id' | 'unitPath'> & RelationFacts) => `${task.id} ${relationsOfActor(actor, task, task.unitPath, false).join(',')}`;
      const inputsOf = (task: Pick<TaskListKey, 'ownerId' | 'assignerId' | 'unitId' | 'openRequest'>, version: string): ItemInputs => {
        const proposedOwnerId = proposedOwnerOf(task);
        return {
          version, day, calendar: context.calendar, settings: context.settings,
          ownerName: names.person(task.ownerId), assignerName: names.person(task.assignerId), unitName: names.unit(task.unitId),
          proposedOwnerName: proposedOwnerId ? names.person(proposedOwnerId) : null,
        };
      };
      const items: (Buffer | undefined)[] = keys.map((key) => {
        const entry = entries.get(keyOf(key));
        return entry && sameInputs(entry, inputsOf(key, key.version)) ? entry.json : undefined;
      });
      const missing = keys.filter((_, index) => items[index] === undefined);
      if (missing.length === 0) return items as Buffer[];

      const written = new Map<string, Buffer>();
      for (const { task, version } of await listTasksById(context.db, actor.agencyId, missing.map((key) => key.id))) {
        // The row as read now, which may be newer than its key: it is kept under its own version and relations.
        const facts = task as TaskListTask & RelationFacts;
        const inputs = inputsOf(facts, version);
        const row = { task, ownerName: inputs.ownerName, assignerName: inputs.assignerName, unitName: inputs.unitName };
        const proposedOwnerId = proposedOwnerOf(task);
        const proposed = proposedOwnerId ? new Map([[proposedOwnerId, inputs.proposedOwnerName ?? '']]) : undefined;
        const json = Buffer.from(write(presentTaskSummary(row, { actor, now: context.now, calendar: context.calendar, settings: context.settings, names: proposed })));
        entries.set(keyOf(facts), { ...inputs, json });
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
