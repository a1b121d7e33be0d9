import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { conclusionTaskBody, CreateMeetingBody, markAttendanceBody } from '../../../contracts/dissemination.js';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, seesWholeAgency } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { notifyPeople } from '../notifications/index.js';
import { findPeople, findUnit } from '../org/index.js';
import { createTask } from '../work/index.js';
import { assignPeople, pinnedDocuments } from './dissemination.assignments.js';
import { auditContext, type DisseminationDeps } from './dissemination.deps.js';
import { pinCurrentVersions } from './dissemination.documents.js';
import { canOrganiseIn, organisesAgencyWide } from './dissemination.policy.js';
import * as campaigns from './dissemination.repository.js';
import { absenceStatuses, decideSelfCheckIn, newCheckInCode, statusAtClose } from './dissemination.rules.js';
import * as repository from './meetings.repository.js';

export const meetingNotFound = () => notFound({ vi: 'Không tìm thấy hội nghị', en: 'Meeting not found' });

/** Organisers (who may organise in the meeting's unit) and the chair run a meeting. */
export const canRunMeeting = (actor: Actor, meeting: repository.MeetingRow) => canOrganiseIn(actor, meeting.unitPath) || meeting.chairId === actor.personId;

/** Runners, whole-agency roles and the invited see a meeting; everyone else gets 404. */
export async function visibleMeeting(db: Db | Tx, actor: Actor, id: string, lock = false) {
  const row = lock ? await repository.lockMeeting(db as Tx, actor.agencyId, id) : await repository.findMeeting(db, actor.agencyId, id);
  if (!row) throw meetingNotFound();
  if (canRunMeeting(actor, row) || seesWholeAgency(actor)) return row;
  if (actor.personId && (await repository.findInvitation(db, id, actor.personId))) return row;
  throw meetingNotFound();
}

async function runnableMeeting(tx: Tx, actor: Actor, id: string) {
  const row = await visibleMeeting(tx, actor, id, true);
  if (!canRunMeeting(actor, row))
    throw forbidden({ vi: 'Chỉ đơn vị tổ chức hoặc người chủ trì thực hiện', en: 'Only the organisers or the chair may do this' });
  return row;
}

export async function createMeeting(deps: DisseminationDeps, actor: Actor, input: CreateMeetingBody): Promise<string> {
  const unit = await findUnit(deps.db, actor.agencyId, input.unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  if (!canOrganiseIn(actor, unit.path))
    throw forbidden({ vi: 'Bạn chỉ tổ chức hội nghị trong đơn vị mình phụ trách', en: 'You organise meetings only within the units you manage' });
  const [chair] = await findPeople(deps.db, actor.agencyId, [input.chairId]);
  if (!chair || chair.status !== 'active')
    throw validationError([{ field: 'body.chairId', message: { vi: 'Người chủ trì không tồn tại', en: 'Chair unknown' } }]);
  const unitPaths: string[] = [];
  for (const [index, unitId] of input.inviteeUnitIds.entries()) {
    const invited = await findUnit(deps.db, actor.agencyId, unitId);
    if (!invited) throw validationError([{ field: `body.inviteeUnitIds.${index}`, message: { vi: 'Đơn vị không tồn tại', en: 'Unit unknown' } }]);
    if (!organisesAgencyWide(actor) && !actor.managedUnitPaths.some((prefix) => invited.path.startsWith(prefix))) {
      throw validationError([{ field: `body.inviteeUnitIds.${index}`, message: { vi: 'Chỉ mời đơn vị bạn phụ trách', en: 'Invite only units you manage' } }]);
    }
    unitPaths.push(invited.path);
  }
  const named = await findPeople(deps.db, actor.agencyId, input.inviteePersonIds);
  if (named.filter((p) => p.status === 'active').length !== new Set(input.inviteePersonIds).size) {
    throw validationError([{ field: 'body.inviteePersonIds', message: { vi: 'Người không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' } }]);
  }
  if (input.campaignId) {
    const campaign = await campaigns.findCampaign(deps.db, actor.agencyId, input.campaignId);
    if (!campaign || !canOrganiseIn(actor, campaign.unitPath))
      throw validationError([{ field: 'body.campaignId', message: { vi: 'Đợt quán triệt không tồn tại', en: 'Campaign unknown' } }]);
  }
  const documents = await pinCurrentVersions(deps.db, actor.agencyId, input.documents, 'body.documents');
  const invitees = await repository.inviteesOf(deps.db, actor.agencyId, unitPaths, input.inviteePersonIds);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  const startsAt = new Date(input.startsAt);
  await deps.db.transaction(async (tx) => {
    await repository.insertMeeting(tx, {
      id,
      agencyId: actor.agencyId,
      unitId: unit.id,
      unitPath: unit.path,
      title: input.title,
      startsAt,
      endsAt: new Date(input.endsAt),
      place: input.place,
      onlineLink: input.onlineLink,
      chairId: chair.id,
      organiserId: actor.personId,
      documents,
      campaignId: input.campaignId,
      checkInCode: newCheckInCode((size) => randomBytes(size)),
      createdAt: now,
    });
    await repository.insertInvitations(
      tx,
      invitees.map((p) => ({ agencyId: actor.agencyId, meetingId: id, personId: p.id, personName: p.full_name, unitId: p.unit_id, startsAt })),
    );
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: invitees.map((p) => p.id),
      kind: 'meeting_invited',
      title: { vi: `Giấy mời: ${input.title}, ${formatLocal(startsAt)}`, en: `Invitation: ${input.title}, ${formatLocal(startsAt)}` },
      dedupeKey: `meeting:${id}:invited`,
      subject: { type: 'meeting', id },
      now,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      'meeting.created',
      { type: 'meeting', id },
      { title: input.title, startsAt: input.startsAt, invited: invitees.length },
    );
  });
  return id;
}

const formatLocal = (at: Date) => {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const [date, time] = [localDateOf(at).split('-').reverse().join('/'), local.toISOString().slice(11, 16)];
  return `${time} ${date}`;
};

/** An invitee checks themselves in with the meeting's code, during the meeting window only. */
export async function checkIn(deps: DisseminationDeps, actor: Actor, id: string, code: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const meeting = await visibleMeeting(tx, actor, id, true);
    const invitation = actor.personId ? await repository.findInvitation(tx, id, actor.personId) : undefined;
    if (!invitation) throw forbidden({ vi: 'Bạn không có trong danh sách mời', en: 'You are not invited' });
    const decision = decideSelfCheckIn(
      { startsAt: meeting.startsAt, endsAt: meeting.endsAt, code: meeting.checkInCode, isClosed: meeting.closedAt !== null },
      code,
      now,
    );
    if (!decision.ok) {
      if (decision.code === 'wrong_code') throw validationError([{ field: 'body.code', message: decision.message }], decision.message);
      throw invalidState(decision.code, decision.message);
    }
    if (invitation.status === 'present') return;
    await repository.updateInvitation(tx, id, invitation.personId, { status: 'present', reason: null, checkedInAt: now, checkedInBySelf: true });
    await recordAction(tx, auditContext(actor, now), 'meeting.checked_in', { type: 'meeting', id }, { personId: invitation.personId, bySelf: true });
  });
}

/** The organiser records presence or an absence (with its reason, if any) for one invitee. */
export async function markAttendance(deps: DisseminationDeps, actor: Actor, id: string, input: z.infer<typeof markAttendanceBody>) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const meeting = await runnableMeeting(tx, actor, id);
    if (meeting.closedAt) throw invalidState('meeting_closed', { vi: 'Hội nghị đã chốt điểm danh', en: 'Attendance for this meeting is closed' });
    const invitation = await repository.findInvitation(tx, id, input.personId);
    if (!invitation)
      throw validationError([{ field: 'body.personId', message: { vi: 'Người này không có trong danh sách mời', en: 'This person is not invited' } }]);
    const isPresent = input.status === 'present';
    await repository.updateInvitation(tx, id, input.personId, {
      status: input.status,
      reason: isPresent ? null : input.reason || null,
      checkedInAt: isPresent ? (invitation.checkedInAt ?? now) : null,
      checkedInBySelf: isPresent ? invitation.checkedInBySelf : false,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      'meeting.attendance_marked',
      { type: 'meeting', id },
      { personId: input.personId, status: input.status, reason: input.reason ?? null },
    );
  });
}

export async function recordMinutes(deps: DisseminationDeps, actor: Actor, id: string, minutes: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await runnableMeeting(tx, actor, id);
    await repository.updateMeeting(tx, id, { minutes });
    await recordAction(tx, auditContext(actor, now), 'meeting.minutes_recorded', { type: 'meeting', id }, { length: minutes.length });
  });
}

export async function addConclusion(deps: DisseminationDeps, actor: Actor, id: string, text: string) {
  const now = deps.clock.now();
  const conclusionId = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await runnableMeeting(tx, actor, id);
    await repository.insertConclusion(tx, { id: conclusionId, agencyId: actor.agencyId, meetingId: id, text, createdAt: now });
    await recordAction(tx, auditContext(actor, now), 'meeting.conclusion_added', { type: 'meeting', id }, { conclusionId, text });
  });
  return conclusionId;
}

/**
 * Closes attendance: whoever neither came nor sent a reason is absent without reason (a signal),
 * and every absentee of a dissemination meeting receives its campaign.
 */
export async function closeMeeting(deps: DisseminationDeps, actor: Actor, id: string) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const meeting = await runnableMeeting(tx, actor, id);
    if (meeting.closedAt) throw invalidState('meeting_closed', { vi: 'Hội nghị đã chốt điểm danh', en: 'Attendance for this meeting is closed' });
    if (now < meeting.startsAt) throw invalidState('not_started', { vi: 'Hội nghị chưa diễn ra', en: 'The meeting has not started yet' });
    await repository.updateMeeting(tx, id, { closedAt: now });
    const absentees = await repository.closeAttendance(tx, id, { unmarkedBecome: statusAtClose('invited'), absences: absenceStatuses });
    let assigned = 0;
    if (meeting.campaignId) {
      const campaign = await campaigns.lockCampaign(tx, actor.agencyId, meeting.campaignId);
      if (campaign && campaign.status === 'launched') {
        const missing = await repository.unassignedAmong(tx, campaign.id, absentees);
        const documents = pinnedDocuments(await campaigns.campaignDocuments(tx, [campaign.id]));
        assigned = await assignPeople(
          tx,
          campaign,
          documents,
          absentees.filter((p) => missing.has(p.id)),
          now,
        );
      }
    }
    await recordAction(tx, auditContext(actor, now), 'meeting.closed', { type: 'meeting', id }, { absentees: absentees.length, assignedCampaign: assigned });
    return { absentees: absentees.length, assigned };
  });
}

/** Turns a conclusion into a task of the work module, linked both ways, in the task's transaction. */
export async function conclusionToTask(deps: DisseminationDeps, actor: Actor, id: string, conclusionId: string, input: z.infer<typeof conclusionTaskBody>) {
  const meeting = await visibleMeeting(deps.db, actor, id);
  if (!canRunMeeting(actor, meeting))
    throw forbidden({ vi: 'Chỉ đơn vị tổ chức hoặc người chủ trì thực hiện', en: 'Only the organisers or the chair may do this' });
  const conclusion = await repository.findConclusion(deps.db, id, conclusionId);
  if (!conclusion) throw notFound({ vi: 'Không tìm thấy kết luận', en: 'Conclusion not found' });
  if (conclusion.taskId) throw invalidState('already_assigned', { vi: 'Kết luận đã được giao thành nhiệm vụ', en: 'This conclusion already became a task' });
  const now = deps.clock.now();
  return createTask(
    deps,
    actor,
    {
      title: conclusion.text.slice(0, 300),
      description: `Kết luận hội nghị "${meeting.title}" (${formatLocal(meeting.startsAt)}): ${conclusion.text}`,
      expectedOutput: input.expectedOutput,
      unitId: input.unitId,
      ownerId: input.ownerId,
      collaboratorIds: [],
      collaboratorUnitIds: [],
      priority: 'normal',
      startDate: localDateOf(now),
      due: { kind: 'date', dueDate: input.dueDate },
      source: { kind: 'meeting_conclusion', id: conclusionId },
      confirmNonWorkingDay: input.confirmNonWorkingDay,
    },
    {
      isSourceVerified: true,
      // The chair types this due date as a person assigning a task does: the same working-calendar warning applies.
      warnsOnNonWorkingDay: true,
      dueDateField: 'body.dueDate',
      inTransaction: async (tx, taskId) => {
        const locked = await repository.lockConclusion(tx, id, conclusionId);
        if (!locked || locked.taskId)
          throw invalidState('already_assigned', { vi: 'Kết luận đã được giao thành nhiệm vụ', en: 'This conclusion already became a task' });
        await repository.linkConclusionTask(tx, conclusionId, taskId);
        await recordAction(tx, auditContext(actor, now), 'meeting.conclusion_assigned', { type: 'meeting', id }, { conclusionId, taskId });
      },
    },
  );
}
