import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { meetingConclusions, meetingInvitations, meetings } from '../../db/schema/index.js';
import { pageLimit } from '../../platform/paging.js';
import { foldForSearch } from '../../platform/search-text.js';

export type MeetingRow = typeof meetings.$inferSelect;
export type InvitationRow = typeof meetingInvitations.$inferSelect;

export async function insertMeeting(tx: Tx, row: typeof meetings.$inferInsert) {
  await tx.insert(meetings).values({ ...row, searchText: foldForSearch(row.title) });
}

export async function findMeeting(db: Db | Tx, agencyId: string, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.agencyId, agencyId), eq(meetings.id, id)));
  return row;
}

export async function lockMeeting(tx: Tx, agencyId: string, id: string): Promise<MeetingRow | undefined> {
  const [row] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.agencyId, agencyId), eq(meetings.id, id)))
    .for('update');
  return row;
}

export async function updateMeeting(tx: Tx, id: string, values: Partial<typeof meetings.$inferInsert>) {
  const searchText = values.title === undefined ? {} : { searchText: foldForSearch(values.title) };
  await tx
    .update(meetings)
    .set({ ...values, ...searchText })
    .where(eq(meetings.id, id));
}

/** Active people of the invited unit subtrees and the named people, each once. */
export async function inviteesOf(db: Db | Tx, agencyId: string, unitPaths: string[], personIds: string[]) {
  const inUnits =
    unitPaths.length > 0
      ? sql`(${sql.join(
          unitPaths.map((path) => sql`p.unit_path like ${path + '%'}`),
          sql` or `,
        )})`
      : sql`false`;
  const named = personIds.length > 0 ? sql`p.id in ${personIds}` : sql`false`;
  return queryRows<{ id: string; full_name: string; unit_id: string; unit_path: string }>(
    db,
    sql`select p.id, p.full_name, p.unit_id, p.unit_path from people p where p.agency_id = ${agencyId} and p.status = 'active' and (${inUnits} or ${named})`,
  );
}

export async function insertInvitations(tx: Tx, rows: (typeof meetingInvitations.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 500) await tx.insert(meetingInvitations).values(rows.slice(start, start + 500));
}

export async function findInvitation(db: Db | Tx, meetingId: string, personId: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.personId, personId)));
  return row;
}

export async function updateInvitation(tx: Tx, meetingId: string, personId: string, values: Partial<typeof meetingInvitations.$inferInsert>) {
  await tx
    .update(meetingInvitations)
    .set(values)
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.personId, personId)));
}

type InvitationStatus = (typeof meetingInvitations.$inferSelect)['status'];

/** Gives whoever is still only invited their status at closing; returns the active people whose status is one of `absences`. */
export async function closeAttendance(tx: Tx, meetingId: string, rule: { unmarkedBecome: InvitationStatus; absences: readonly InvitationStatus[] }) {
  await tx
    .update(meetingInvitations)
    .set({ status: rule.unmarkedBecome })
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.status, 'invited')));
  return queryRows<{ id: string; full_name: string; unit_id: string; unit_path: string }>(
    tx,
    sql`select p.id, p.full_name, p.unit_id, p.unit_path from meeting_invitations i join people p on p.id = i.person_id
        where i.meeting_id = ${meetingId} and i.status in (${sql.join(
          rule.absences.map((status) => sql`${status}`),
          sql`, `,
        )}) and p.status = 'active'`,
  );
}

export async function attendanceCounts(db: Db | Tx, meetingId: string) {
  const [row] = await queryRows<{ invited: number; present: number; absentExcused: number; absentUnexcused: number }>(
    db,
    sql`select count(*)::int as invited, count(*) filter (where status = 'present')::int as present,
               count(*) filter (where status = 'absent_excused')::int as "absentExcused",
               count(*) filter (where status = 'absent_unexcused')::int as "absentUnexcused"
        from meeting_invitations where meeting_id = ${meetingId}`,
  );
  return row;
}

export async function listInvitations(db: Db, meetingId: string, after: [string, string] | null, limit: number) {
  return queryRows<InvitationRow & { unitName: string }>(
    db,
    sql`select i.agency_id as "agencyId", i.meeting_id as "meetingId", i.person_id as "personId", i.person_name as "personName", i.unit_id as "unitId",
               u.name as "unitName", i.status, i.reason, i.checked_in_at as "checkedInAt", i.checked_in_by_self as "checkedInBySelf", i.starts_at as "startsAt"
        from meeting_invitations i join units u on u.id = i.unit_id
        where i.meeting_id = ${meetingId} ${after ? sql`and (i.person_name, i.person_id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
        order by i.person_name, i.person_id limit ${pageLimit(limit)}`,
  );
}

export async function insertConclusion(tx: Tx, row: typeof meetingConclusions.$inferInsert) {
  await tx.insert(meetingConclusions).values({ ...row, searchText: foldForSearch(row.text) });
}

export async function listConclusions(db: Db | Tx, meetingId: string) {
  return db
    .select()
    .from(meetingConclusions)
    .where(eq(meetingConclusions.meetingId, meetingId))
    .orderBy(asc(meetingConclusions.createdAt), asc(meetingConclusions.id));
}

export async function lockConclusion(tx: Tx, meetingId: string, id: string) {
  const [row] = await tx
    .select()
    .from(meetingConclusions)
    .where(and(eq(meetingConclusions.meetingId, meetingId), eq(meetingConclusions.id, id)))
    .for('update');
  return row;
}

/** A conclusion of the agency by its own id, with its meeting's id (the task form names a conclusion alone). */
export async function findAgencyConclusion(db: Db | Tx, agencyId: string, id: string) {
  const [row] = await db
    .select()
    .from(meetingConclusions)
    .where(and(eq(meetingConclusions.agencyId, agencyId), eq(meetingConclusions.id, id)));
  return row;
}

export async function findConclusion(db: Db | Tx, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(meetingConclusions)
    .where(and(eq(meetingConclusions.meetingId, meetingId), eq(meetingConclusions.id, id)));
  return row;
}

export async function linkConclusionTask(tx: Tx, id: string, taskId: string) {
  await tx.update(meetingConclusions).set({ taskId }).where(eq(meetingConclusions.id, id));
}

/** People of a campaign's audience among `personIds` who are not yet assigned to it. */
export async function unassignedAmong(tx: Tx, campaignId: string, people: { id: string }[]) {
  if (people.length === 0) return new Set<string>();
  const rows = await queryRows<{ person_id: string }>(
    tx,
    sql`select person_id from dissemination_assignments where campaign_id = ${campaignId} and person_id in ${people.map((p) => p.id)}`,
  );
  const assigned = new Set(rows.map((row) => row.person_id));
  return new Set(people.map((p) => p.id).filter((id) => !assigned.has(id)));
}
