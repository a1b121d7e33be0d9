import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { notificationPreferences, notifications } from '../../db/schema/index.js';
import { actionKinds, groupedKinds } from './notifications.rules.js';

export type NewNotificationRow = Omit<typeof notifications.$inferInsert, 'kind' | 'channel' | 'createdAt'> & { createdAt: Date };

/**
 * Stores notifications of one kind, each with the channel its recipient chose for the kind, in one
 * statement (a command sends it on its own round trip): turned off, nothing is stored, unless the kind is
 * mandatory; no choice or an unknown one takes the default. effectiveChannel says the same in TypeScript,
 * and a test holds the two together. A repeated dedupe key is skipped.
 */
export async function insertAsChosen(
  tx: Tx,
  kind: string,
  rows: NewNotificationRow[],
  rule: { isMandatory: boolean; defaultChannel: string; channels: readonly string[] },
) {
  if (rows.length === 0) return;
  await tx.execute(sql`insert into notifications (id, agency_id, person_id, kind, title, subject_type, subject_id, signal, dedupe_key, created_at, channel)
    select r.id, r."agencyId", r."personId", ${kind}, r.title, r."subjectType", r."subjectId", r.signal, r."dedupeKey", r."createdAt", chosen.channel
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, "agencyId" uuid, "personId" uuid, title jsonb, "subjectType" text,
      "subjectId" uuid, signal jsonb, "dedupeKey" text, "createdAt" timestamptz)
    left join notification_preferences p on p.person_id = r."personId" and p.kind = ${kind}
    cross join lateral (select case when p.channel = any(${sql.param([...rule.channels])}::text[]) and not (p.channel = 'off' and ${rule.isMandatory}::boolean)
      then p.channel else ${rule.defaultChannel}::text end as channel) chosen
    where chosen.channel <> 'off'
    on conflict do nothing`);
}

const listOf = (values: string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/** One bell line: repeated warnings share kind, signal and local day; anything else is a line of its own. */
const lineKey = sql`case when ${notifications.kind} in (${listOf(groupedKinds)})
  then ${notifications.kind} || '|' || coalesce(${notifications.signal} ->> 'kind', '') || '|' || to_char(${notifications.createdAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')
  else ${notifications.id}::text end`;

export interface LineRow {
  key: string;
  id: string;
  kind: string;
  title: unknown;
  subject_type: string | null;
  subject_id: string | null;
  signal: { kind: string; level: number } | null;
  n: number;
  unread: number;
  latest: Date | string;
  read_at: Date | string | null;
  rank: number;
}

/**
 * The bell's lines, grouped in the statement: unread lines that ask for the person's action first,
 * then the rest newest first; keyset paging on (rank, latest, key).
 */
export async function listLines(db: Db, personId: string, options: { unreadOnly: boolean; after?: [number, string, string]; limit: number }) {
  const unread = options.unreadOnly ? sql`and ${notifications.readAt} is null` : sql``;
  const after = options.after
    ? sql`where rank > ${options.after[0]} or (rank = ${options.after[0]} and (latest < ${options.after[1]}::timestamptz or (latest = ${options.after[1]}::timestamptz and key < ${options.after[2]})))`
    : sql``;
  const result = (await db.execute(sql`
    with lines as (
      select ${lineKey} as key,
        (array_agg(${notifications.id} order by ${notifications.createdAt} desc, ${notifications.id} desc))[1] as id,
        min(${notifications.kind}) as kind,
        (array_agg(${notifications.title} order by ${notifications.createdAt} desc, ${notifications.id} desc))[1] as title,
        (array_agg(${notifications.subjectType} order by ${notifications.createdAt} desc, ${notifications.id} desc))[1] as subject_type,
        (array_agg(${notifications.subjectId} order by ${notifications.createdAt} desc, ${notifications.id} desc))[1] as subject_id,
        (array_agg(${notifications.signal} order by ${notifications.createdAt} desc, ${notifications.id} desc))[1] as signal,
        count(*)::int as n,
        (count(*) filter (where ${notifications.readAt} is null))::int as unread,
        max(${notifications.createdAt}) as latest,
        case when bool_and(${notifications.readAt} is not null) then max(${notifications.readAt}) end as read_at,
        case when bool_or(${notifications.readAt} is null and ${notifications.kind} in (${listOf(actionKinds)})) then 0 else 1 end as rank
      from ${notifications}
      where ${notifications.personId} = ${personId} ${unread}
      group by 1
    )
    select * from lines ${after}
    order by rank, latest desc, key desc
    limit ${options.limit + 1}`)) as unknown as { rows: LineRow[] };
  return result.rows;
}

/** Counts at most `cap` unread lines: the badge shows "99+" rather than paying for an unbounded COUNT. */
export async function countUnreadLines(db: Db, personId: string, cap: number): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from (select distinct ${lineKey} from ${notifications} where ${notifications.personId} = ${personId} and ${notifications.readAt} is null limit ${cap}) capped`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0].n);
}

/** Marks unread notifications read: the given ones, the given lines, or all of them. */
export async function markRead(tx: Tx, personId: string, which: { ids?: string[]; lineKeys?: string[] }, now: Date) {
  const conditions: SQL[] = [eq(notifications.personId, personId), isNull(notifications.readAt)];
  const chosen: SQL[] = [];
  if (which.ids) chosen.push(inArray(notifications.id, which.ids));
  if (which.lineKeys) chosen.push(sql`${lineKey} in (${listOf(which.lineKeys)})`);
  if (chosen.length > 0) conditions.push(or(...chosen)!);
  const rows = await tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Each recipient's stored channel for one kind. */
export async function preferencesOf(db: Db, personId: string) {
  const rows = await db
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.personId, personId));
  return new Map(rows.map((row) => [row.kind, row.channel]));
}

export async function savePreference(tx: Tx, row: typeof notificationPreferences.$inferInsert) {
  await tx
    .insert(notificationPreferences)
    .values(row)
    .onConflictDoUpdate({ target: [notificationPreferences.personId, notificationPreferences.kind], set: { channel: row.channel, updatedAt: row.updatedAt } });
}
