import type { z } from 'zod';
import type { markNotificationsReadBody, NotificationSubject, notificationQuery } from '../../../contracts/work.js';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import { type LocalizedText, validationError } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import * as repository from './notifications.repository.js';
import { channelRuleOf } from './notifications.rules.js';
import { presentLine } from './notifications.presenter.js';

export interface NotificationDeps {
  db: Db;
  clock: Clock;
}

export interface NewNotification {
  agencyId: string;
  personIds: string[];
  kind: string;
  title: LocalizedText;
  /** What opening it shows: the same for everyone, or each recipient's own (their assignment of a campaign). */
  subject?: NotificationSubject | ((personId: string) => NotificationSubject);
  signal?: { kind: string; level: number } | null;
  /** The same key for the same person is stored once: repeated sweeps do not flood anyone. */
  dedupeKey?: string;
  now: Date;
}

/**
 * Adds notifications in the caller's transaction, as each recipient chose for the kind: nothing when
 * turned off; stored with their channel otherwise (the mail job and the daily digest send by it).
 */
export async function notifyPeople(tx: Tx, input: NewNotification) {
  const rows = [...new Set(input.personIds)].map((personId) => ({
    id: crypto.randomUUID(),
    agencyId: input.agencyId,
    personId,
    title: input.title,
    ...subjectColumns(typeof input.subject === 'function' ? input.subject(personId) : input.subject),
    signal: input.signal ?? null,
    dedupeKey: input.dedupeKey ?? null,
    createdAt: input.now,
  }));
  await repository.insertAsChosen(tx, input.kind, rows, channelRuleOf(input.kind));
}

const subjectColumns = (subject: NotificationSubject | undefined) => ({ subjectType: subject?.type ?? null, subjectId: subject?.id ?? null });

const UNREAD_CAP = 100;

/** The bell's lines: repeated warnings grouped per kind and day, what needs the person's action first. */
export async function listMyNotifications(deps: NotificationDeps, actor: Actor, query: z.infer<typeof notificationQuery>) {
  if (!actor.personId) return { items: [], nextCursor: null };
  const after = lineCursor(decodeCursor(query.cursor, 3));
  const rows = await repository.listLines(deps.db, actor.personId, { unreadOnly: query.unreadOnly, after: after ?? undefined, limit: query.limit });
  const page = toPage(rows, query.limit, (row) => [row.rank, new Date(row.latest).toISOString(), row.key]);
  return { items: page.items.map(presentLine), nextCursor: page.nextCursor };
}

/** An instant as the cursor writes it (toISOString), and only that: anything else would fail in SQL. */
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/** A decoded cursor is the client's text: its rank, instant and key are checked before they reach SQL. */
function lineCursor(key: unknown[] | null): [number, string, string] | null {
  if (!key) return null;
  const [rank, latest, lineKey] = key;
  if ((rank === 0 || rank === 1) && isInstant(latest) && typeof lineKey === 'string') return [rank, latest, lineKey];
  throw validationError([{ field: 'cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
}

export async function countMyUnread(deps: NotificationDeps, actor: Actor) {
  return { unread: actor.personId ? await repository.countUnreadLines(deps.db, actor.personId, UNREAD_CAP) : 0 };
}

/** Marks the given notifications or lines read, or everything unread when neither is given. */
export async function markMyNotificationsRead(deps: NotificationDeps, actor: Actor, body: z.infer<typeof markNotificationsReadBody>) {
  const personId = actor.personId;
  if (!personId) return { marked: 0 };
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const marked = await repository.markRead(tx, personId, { ids: body.ids, lineKeys: body.lineKeys }, now);
    await recordAction(tx, { agencyId: actor.agencyId, actor: auditActorOf(actor), now }, 'notification.read', { type: 'person', id: personId }, { marked });
    return { marked };
  });
}
