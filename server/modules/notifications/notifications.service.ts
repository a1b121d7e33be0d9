import type { z } from 'zod';
import type { markNotificationsReadBody, NotificationSubject, notificationQuery } from '../../../contracts/work.js';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { LocalizedText } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import * as repository from './notifications.repository.js';

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

/** Adds in-app notifications in the caller's transaction (e-mail goes out later, in the daily digest). */
export async function notifyPeople(tx: Tx, input: NewNotification) {
  const recipients = [...new Set(input.personIds)];
  await repository.insertNotifications(
    tx,
    recipients.map((personId) => ({
      id: crypto.randomUUID(),
      agencyId: input.agencyId,
      personId,
      kind: input.kind,
      title: input.title,
      ...subjectColumns(typeof input.subject === 'function' ? input.subject(personId) : input.subject),
      signal: input.signal ?? null,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: input.now,
    })),
  );
}

const subjectColumns = (subject: NotificationSubject | undefined) => ({ subjectType: subject?.type ?? null, subjectId: subject?.id ?? null });

const UNREAD_CAP = 100;

export async function listMyNotifications(deps: NotificationDeps, actor: Actor, query: z.infer<typeof notificationQuery>) {
  if (!actor.personId) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await repository.listNotifications(deps.db, actor.personId, { unreadOnly: query.unreadOnly, after: after ?? undefined, limit: query.limit });
  const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return {
    items: page.items.map((row) => ({
      id: row.id,
      kind: row.kind as never,
      title: row.title as LocalizedText,
      subject: row.subjectType && row.subjectId ? ({ type: row.subjectType, id: row.subjectId } as NotificationSubject) : null,
      signal: (row.signal as { kind: never; level: number } | null) ?? null,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function countMyUnread(deps: NotificationDeps, actor: Actor) {
  return { unread: actor.personId ? await repository.countUnread(deps.db, actor.personId, UNREAD_CAP) : 0 };
}

export async function markMyNotificationsRead(deps: NotificationDeps, actor: Actor, body: z.infer<typeof markNotificationsReadBody>) {
  const personId = actor.personId;
  if (!personId) return { marked: 0 };
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const marked = await repository.markRead(tx, personId, body.ids, now);
    await recordAction(tx, { agencyId: actor.agencyId, actor: auditActorOf(actor), now }, 'notification.read', { type: 'person', id: personId }, { marked });
    return { marked };
  });
}
