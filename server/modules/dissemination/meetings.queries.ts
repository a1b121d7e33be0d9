import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Meeting, meetingListQuery } from '../../../contracts/dissemination.js';
import { queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { findPeople, findUnit } from '../org/index.js';
import type { DisseminationDeps } from './dissemination.deps.js';
import { describeDocuments, type PinnedVersion } from './dissemination.documents.js';
import { coverageScope } from './dissemination.policy.js';
import { scopeCondition } from './dissemination.repository.js';
import { isCheckInOpen } from './dissemination.rules.js';
import { canRunMeeting, visibleMeeting } from './meetings.service.js';
import * as repository from './meetings.repository.js';

type InvitationLike = {
  personId: string;
  personName: string;
  unitId: string;
  unitName: string;
  status: repository.InvitationRow['status'];
  reason: string | null;
  checkedInAt: Date | string | null;
  checkedInBySelf: boolean;
};

export const presentInvitation = (row: InvitationLike) => ({
  person: { id: row.personId, fullName: row.personName },
  unit: { id: row.unitId, name: row.unitName },
  status: row.status,
  reason: row.reason,
  checkedInAt: row.checkedInAt ? new Date(row.checkedInAt).toISOString() : null,
  checkedInBySelf: row.checkedInBySelf,
});

export async function getMeeting(deps: DisseminationDeps, actor: Actor, id: string): Promise<Meeting> {
  const row = await visibleMeeting(deps.db, actor, id);
  const runs = canRunMeeting(actor, row);
  const [unit, [chair], conclusions, attendance, documents] = await Promise.all([
    findUnit(deps.db, actor.agencyId, row.unitId),
    findPeople(deps.db, actor.agencyId, [row.chairId]),
    repository.listConclusions(deps.db, id),
    repository.attendanceCounts(deps.db, id),
    describeDocuments(deps.db, actor.agencyId, row.documents as PinnedVersion[]),
  ]);
  const mine = actor.personId ? await repository.findInvitation(deps.db, id, actor.personId) : undefined;
  const mineUnit = mine ? await findUnit(deps.db, actor.agencyId, mine.unitId) : undefined;
  const now = deps.clock.now();
  const isClosed = row.closedAt !== null;
  return {
    id: row.id,
    title: row.title,
    unit: { id: row.unitId, name: unit?.name ?? '' },
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    onlineLink: row.onlineLink,
    chair: { id: row.chairId, fullName: chair?.fullName ?? '' },
    documents,
    campaignId: row.campaignId,
    minutes: row.minutes,
    conclusions: conclusions.map((c) => ({ id: c.id, text: c.text, taskId: c.taskId })),
    attendance,
    checkInCode: runs && !isClosed ? row.checkInCode : null,
    myInvitation: mine ? presentInvitation({ ...mine, unitName: mineUnit?.name ?? '' }) : null,
    isClosed,
    abilities: [
      ...(runs ? (['manage'] as const) : []),
      ...(mine && mine.status !== 'present' && !isClosed && isCheckInOpen(row, now) ? (['checkIn'] as const) : []),
      ...(runs && !isClosed && now >= row.startsAt ? (['close'] as const) : []),
    ],
  };
}

const cursorOf = (cursor: string | undefined) => {
  const key = decodeCursor(cursor, 2);
  if (key && (typeof key[0] !== 'string' || typeof key[1] !== 'string'))
    throw validationError([{ field: 'cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
  return key as [string, string] | null;
};

/** Meetings I am invited to (upcoming first by start), or those I may organise, keyset paged. */
export async function listMeetings(deps: DisseminationDeps, actor: Actor, query: z.infer<typeof meetingListQuery>) {
  const after = cursorOf(query.cursor);
  const me = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  const search = query.q ? sql`and m.search_text like ${likePattern(query.q)}` : sql``;
  const afterCondition = sql`${search} ${after ? sql`and (m.starts_at, m.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}`;
  const rows =
    query.view === 'invited'
      ? await queryRows<MeetingListRow>(
          deps.db,
          sql`select m.id, m.title, m.starts_at as "startsAt", m.ends_at as "endsAt", m.place, m.online_link as "onlineLink", m.closed_at as "closedAt",
                     i.person_id as "personId", i.person_name as "personName", i.unit_id as "unitId", u.name as "unitName", i.status, i.reason,
                     i.checked_in_at as "checkedInAt", i.checked_in_by_self as "checkedInBySelf"
              from meeting_invitations i join meetings m on m.id = i.meeting_id join units u on u.id = i.unit_id
              where i.agency_id = ${actor.agencyId} and i.person_id = ${me} ${afterCondition}
              order by m.starts_at desc, m.id desc limit ${pageLimit(query.limit)}`,
        )
      : await queryRows<MeetingListRow>(
          deps.db,
          sql`select m.id, m.title, m.starts_at as "startsAt", m.ends_at as "endsAt", m.place, m.online_link as "onlineLink", m.closed_at as "closedAt",
                     null as "personId"
              from meetings m
              where m.agency_id = ${actor.agencyId} and (${scopeCondition(sql`m.unit_path`, coverageScope(actor))} or m.chair_id = ${me}) ${afterCondition}
              order by m.starts_at desc, m.id desc limit ${pageLimit(query.limit)}`,
        );
  const page = toPage(rows, query.limit, (row) => [new Date(row.startsAt).toISOString(), row.id]);
  return {
    items: page.items.map((row) => ({
      id: row.id,
      title: row.title,
      startsAt: new Date(row.startsAt).toISOString(),
      endsAt: new Date(row.endsAt).toISOString(),
      place: row.place,
      onlineLink: row.onlineLink,
      isClosed: row.closedAt !== null,
      myInvitation: row.personId ? presentInvitation(row as unknown as InvitationLike) : null,
    })),
    nextCursor: page.nextCursor,
  };
}

interface MeetingListRow {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string | null;
  closedAt: Date | null;
  personId: string | null;
}

/** The invitation list with attendance, by name; only the meeting's runners see everyone's. */
export async function listInvitations(deps: DisseminationDeps, actor: Actor, id: string, query: { cursor?: string; limit: number }) {
  const row = await visibleMeeting(deps.db, actor, id);
  if (!canRunMeeting(actor, row) && !coverageScopeCovers(actor, row.unitPath)) {
    throw forbidden({
      vi: 'Chỉ đơn vị tổ chức, người chủ trì và lãnh đạo xem danh sách điểm danh',
      en: 'Only organisers, the chair and leaders see the attendance list',
    });
  }
  const rows = await repository.listInvitations(deps.db, id, cursorOf(query.cursor), query.limit);
  const page = toPage(rows, query.limit, (r) => [r.personName, r.personId]);
  return { items: page.items.map(presentInvitation), nextCursor: page.nextCursor };
}

const coverageScopeCovers = (actor: Actor, path: string) => {
  const scope = coverageScope(actor);
  return scope === null || scope.some((prefix) => path.startsWith(prefix));
};
