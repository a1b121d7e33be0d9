import type { EntryBody } from '../../../contracts/schedule.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { conflict, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { findPeople, findUnit } from '../org/index.js';
import { auditContext, type ScheduleDeps } from './schedule.deps.js';
import { scheduleAbilities, seesUnpublished, standingOf, type ScheduleStanding } from './schedule.policy.js';
import * as repository from './schedule.repository.js';
import { canMove, describeEntryChange, type EntryFacts, markChange, nextStatus, weekBounds } from './schedule.rules.js';

export const scheduleNotFound = () => notFound({ vi: 'Không tìm thấy lịch công tác', en: 'Weekly schedule not found' });
const entryNotFound = () => notFound({ vi: 'Không tìm thấy mục lịch', en: 'Schedule entry not found' });

/** How the actor stands towards the schedule: a member of the Office (a unit of kind office), a leader, or a reader. */
export async function standingOfActor(db: Db | Tx, actor: Actor): Promise<ScheduleStanding> {
  const unit = actor.unitId ? await findUnit(db, actor.agencyId, actor.unitId) : undefined;
  return standingOf(actor, unit?.kind ?? null);
}

/** Opens the week's schedule as a draft; only the Office drafts, once per week. */
export async function createSchedule(deps: ScheduleDeps, actor: Actor, week: string): Promise<string> {
  const { weekStart } = weekBounds(week);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    if (!scheduleAbilities(await standingOfActor(tx, actor), null).create)
      throw forbidden({ vi: 'Chỉ Văn phòng soạn lịch công tác tuần', en: 'Only the Office drafts the weekly schedule' });
    const values = { id, agencyId: actor.agencyId, weekStart, status: 'draft' as const, draftedByName: actor.displayName, createdAt: now, updatedAt: now };
    if (!(await repository.insertSchedule(tx, values)))
      throw conflict('schedule_exists', { vi: 'Tuần này đã có lịch công tác', en: 'This week already has a schedule' }, [
        { field: 'body.week', message: { vi: 'Đã có lịch', en: 'Already scheduled' } },
      ]);
    await recordAction(tx, auditContext(actor, now), 'schedule.created', { type: 'weekly_schedule', id }, { weekStart });
  });
  return id;
}

/** Locks a schedule the actor may see; an unpublished one is invisible to readers (404), as is another agency's. */
async function lockedSchedule(tx: Tx, actor: Actor, id: string) {
  const standing = await standingOfActor(tx, actor);
  const row = await repository.lockSchedule(tx, actor.agencyId, id);
  if (!row || (row.status !== 'published' && !seesUnpublished(standing))) throw scheduleNotFound();
  return { row, abilities: scheduleAbilities(standing, row.status) };
}

async function editableSchedule(tx: Tx, actor: Actor, id: string) {
  const locked = await lockedSchedule(tx, actor, id);
  if (!locked.abilities.editEntries) {
    if (locked.row.status === 'submitted' || locked.row.status === 'approved')
      throw invalidState('schedule_frozen', {
        vi: 'Lịch đang chờ lãnh đạo duyệt, không sửa được',
        en: 'The schedule awaits a leader’s decision and cannot change',
      });
    throw forbidden({ vi: 'Chỉ Văn phòng sửa lịch công tác', en: 'Only the Office edits the weekly schedule' });
  }
  return locked.row;
}

/** The entry's columns from the request, with the names of the chair, participants and preparing unit as they are now. */
async function entryColumns(tx: Tx, actor: Actor, schedule: repository.ScheduleRow, input: EntryBody) {
  const { weekStart, weekEnd } = weekBounds(schedule.weekStart);
  const errors = [];
  if (input.day < weekStart || input.day > weekEnd)
    errors.push({ field: 'body.day', message: { vi: 'Ngày nằm ngoài tuần của lịch', en: 'The day is outside the schedule’s week' } });
  const personIds = [...new Set([...(input.chairId ? [input.chairId] : []), ...input.participantIds])];
  const found = new Map((await findPeople(tx, actor.agencyId, personIds)).map((person) => [person.id, person.fullName]));
  if (input.chairId && !found.has(input.chairId)) errors.push({ field: 'body.chairId', message: { vi: 'Không có người này', en: 'No such person' } });
  if (input.participantIds.some((personId) => !found.has(personId)))
    errors.push({ field: 'body.participantIds', message: { vi: 'Có người không thuộc cơ quan', en: 'A person is not in the agency' } });
  const unit = input.preparingUnitId ? await findUnit(tx, actor.agencyId, input.preparingUnitId) : undefined;
  if (input.preparingUnitId && !unit) errors.push({ field: 'body.preparingUnitId', message: { vi: 'Không có đơn vị này', en: 'No such unit' } });
  if (errors.length > 0) throw validationError(errors);
  const participantIds = [...new Set(input.participantIds)];
  return {
    day: input.day,
    session: input.session,
    startTime: input.startTime,
    content: input.content,
    chairId: input.chairId,
    chairName: input.chairId ? found.get(input.chairId)! : '',
    participants: input.participants,
    participantIds,
    place: input.place,
    preparingUnitId: input.preparingUnitId,
    preparingUnitName: unit?.name ?? '',
    participantNames: participantIds.map((personId) => found.get(personId)!),
  };
}

const factsOf = (row: repository.EntryRow, participantNames: string[]): EntryFacts => ({ ...row, participantNames });

/** Adds an entry and answers its id; after publication it is marked as added, with the time. */
export async function addEntry(deps: ScheduleDeps, actor: Actor, scheduleId: string, input: EntryBody): Promise<string> {
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    const schedule = await editableSchedule(tx, actor, scheduleId);
    const { participantNames, ...columns } = await entryColumns(tx, actor, schedule, input);
    const mark = schedule.status === 'published' ? { changedAt: now, changeNote: 'Bổ sung sau khi đăng lịch' } : {};
    await repository.insertEntry(tx, { id, agencyId: actor.agencyId, scheduleId, ...columns, ...mark, createdAt: now, updatedAt: now });
    await repository.updateSchedule(tx, scheduleId, { version: schedule.version + 1, updatedAt: now });
    await recordAction(
      tx,
      auditContext(actor, now),
      'schedule.entry_added',
      { type: 'weekly_schedule', id: scheduleId },
      {
        entryId: id,
        day: input.day,
        session: input.session,
        content: input.content,
        participants: participantNames.length,
        afterPublication: schedule.status === 'published',
      },
    );
  });
  return id;
}

/** Changes an entry; after publication the entry shows what changed and when. */
export async function editEntry(deps: ScheduleDeps, actor: Actor, scheduleId: string, entryId: string, input: EntryBody): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const schedule = await editableSchedule(tx, actor, scheduleId);
    const entry = await repository.findEntry(tx, scheduleId, entryId);
    if (!entry) throw entryNotFound();
    if (entry.isCancelled) throw invalidState('entry_cancelled', { vi: 'Mục lịch đã hủy', en: 'The entry is cancelled' });
    const { participantNames, ...columns } = await entryColumns(tx, actor, schedule, input);
    const byId = new Map((await findPeople(tx, actor.agencyId, entry.participantIds)).map((person) => [person.id, person.fullName]));
    const before = factsOf(entry, entry.participantIds.map((personId) => byId.get(personId) ?? '').filter(Boolean));
    const change = describeEntryChange(before, { ...columns, participantNames });
    if (change === null) return;
    const mark = markChange(schedule.status === 'published', entry, change, now);
    await repository.updateEntry(tx, entryId, { ...columns, ...(mark ?? {}), updatedAt: now });
    await repository.updateSchedule(tx, scheduleId, { version: schedule.version + 1, updatedAt: now });
    await recordAction(
      tx,
      auditContext(actor, now),
      'schedule.entry_changed',
      { type: 'weekly_schedule', id: scheduleId },
      {
        entryId,
        change,
        afterPublication: schedule.status === 'published',
      },
    );
  });
}

/** Removes a drafted entry; a published one stays, marked cancelled with the reason. */
export async function cancelEntry(deps: ScheduleDeps, actor: Actor, scheduleId: string, entryId: string, reason: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const schedule = await editableSchedule(tx, actor, scheduleId);
    const entry = await repository.findEntry(tx, scheduleId, entryId);
    if (!entry) throw entryNotFound();
    if (entry.isCancelled) throw invalidState('entry_cancelled', { vi: 'Mục lịch đã hủy', en: 'The entry is already cancelled' });
    if (schedule.status === 'published') {
      const mark = markChange(true, entry, `Hủy: ${reason}`, now)!;
      await repository.updateEntry(tx, entryId, { isCancelled: true, ...mark, updatedAt: now });
    } else {
      await repository.deleteEntry(tx, entryId);
    }
    await repository.updateSchedule(tx, scheduleId, { version: schedule.version + 1, updatedAt: now });
    await recordAction(
      tx,
      auditContext(actor, now),
      schedule.status === 'published' ? 'schedule.entry_cancelled' : 'schedule.entry_removed',
      { type: 'weekly_schedule', id: scheduleId },
      {
        entryId,
        content: entry.content,
        reason,
      },
    );
  });
}

export type ScheduleMove = { name: 'submit' } | { name: 'approve' } | { name: 'returnToDraft'; reason: string } | { name: 'publish'; onPublicSite: boolean };

/** Moves the schedule: the Office submits, a leader approves or returns it, the Office or a leader publishes. */
export async function moveSchedule(deps: ScheduleDeps, actor: Actor, id: string, move: ScheduleMove): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { row, abilities } = await lockedSchedule(tx, actor, id);
    if (!canMove(row.status, move.name))
      throw invalidState(`cannot_${move.name}`, { vi: 'Trạng thái lịch không cho phép thao tác này', en: 'The schedule’s state does not allow this' });
    if (!abilities[move.name])
      throw forbidden(
        move.name === 'submit'
          ? { vi: 'Chỉ Văn phòng gửi duyệt lịch', en: 'Only the Office submits the schedule' }
          : {
              vi: 'Chỉ lãnh đạo duyệt, trả lại lịch; Văn phòng hoặc lãnh đạo đăng lịch',
              en: 'Only a leader approves or returns; the Office or a leader publishes',
            },
      );
    if (move.name === 'submit' && (await repository.entriesOf(tx, id)).length === 0)
      throw validationError([{ field: 'entries', message: { vi: 'Lịch chưa có mục nào', en: 'The schedule has no entries' } }]);
    const status = nextStatus[move.name];
    const changes: Partial<repository.ScheduleRow> = { status, version: row.version + 1, updatedAt: now };
    if (move.name === 'approve') Object.assign(changes, { approvedByName: actor.displayName, approvedAt: now });
    if (move.name === 'returnToDraft') Object.assign(changes, { approvedByName: null, approvedAt: null });
    if (move.name === 'publish') Object.assign(changes, { publishedByName: actor.displayName, publishedAt: now, isPublic: move.onPublicSite });
    await repository.updateSchedule(tx, id, changes);
    await recordAction(
      tx,
      auditContext(actor, now),
      `schedule.${status}`,
      { type: 'weekly_schedule', id },
      {
        from: row.status,
        to: status,
        weekStart: row.weekStart,
        reason: 'reason' in move ? move.reason : null,
        onPublicSite: 'onPublicSite' in move ? move.onPublicSite : null,
      },
    );
  });
}
