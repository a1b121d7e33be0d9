import { describe, expect, it } from 'vitest';
import { decide, type Decision } from './work.rules.js';
import { newTaskState, type TaskRelation, type TaskState, type WorkCommand } from './work.state.js';
import { ASSIGNER, COLLEAGUE, OWNER, at, on, requests, taskIn } from '../../test/fixtures/work-state.js';

const now = on('2023-04-24');

function pass(task: TaskState, relations: TaskRelation[], command: WorkCommand): Extract<Decision, { ok: true }> {
  const decision = decide(task, relations, command, now);
  if (!decision.ok) throw new Error(`${command.name} refused: ${decision.reason}`);
  return decision;
}

describe('difficulty: propose, do not hand back', () => {
  const raise = (proposedDueDate?: string) =>
    pass(taskIn('in_progress'), ['owner'], { name: 'raiseDifficulty', description: 'Thiếu số liệu', proposal: 'Lấy số liệu quý I', proposedDueDate }).next;

  it('requires a proposal', () => {
    const command: WorkCommand = { name: 'raiseDifficulty', description: 'Thiếu số liệu', proposal: ' ' };
    expect(decide(taskIn('in_progress'), ['owner'], command, now)).toMatchObject({ ok: false, reason: 'invalid_command' });
  });

  it('keeps the owner at work: progress yes, submitting no, until decided', () => {
    const raised = raise();
    expect(raised).toMatchObject({ ownerId: OWNER, openRequest: { kind: 'difficulty', proposedDueDate: null } });
    expect(decide(raised, ['owner'], { name: 'reportProgress', percent: 30, note: 'Đang tổng hợp' }, now).ok).toBe(true);
    expect(decide(raised, ['owner'], { name: 'submit', note: 'Xong' }, now)).toMatchObject({ ok: false, reason: 'request_open' });
  });

  it('approving a proposal with a later date moves the due date and counts an extension', () => {
    const decided = pass(raise('2023-05-08'), ['assigner'], { name: 'decideDifficulty', decision: 'approve_proposal', reason: 'Đồng ý' });
    expect(decided.next).toMatchObject({ openRequest: null, dueDate: '2023-05-08', extensionCount: 1 });
    expect(decided.event).toMatchObject({ kind: 'task.difficulty_decided', before: { dueDate: '2023-04-28', extensionCount: 0 } });
  });

  it('changing the task may set an earlier date, which is not an extension', () => {
    const decided = pass(raise(), ['unit_head'], {
      name: 'decideDifficulty',
      decision: 'change_task',
      reason: 'Thu hẹp phạm vi',
      newDueDate: '2023-04-26',
    });
    expect(decided.next).toMatchObject({ dueDate: '2023-04-26', extensionCount: 0 });
  });

  it('refuses a new due date in the past', () => {
    const command: WorkCommand = { name: 'decideDifficulty', decision: 'change_task', reason: 'Thu hẹp', newDueDate: '2023-04-21' };
    expect(decide(raise(), ['assigner'], command, now)).toMatchObject({ ok: false, reason: 'invalid_command' });
  });

  it('reassigning proposes a new owner; the owner stays accountable until that person accepts', () => {
    const decided = pass(raise(), ['assigner'], {
      name: 'decideDifficulty',
      decision: 'reassign',
      reason: 'Cần cán bộ pháp chế',
      newOwnerId: COLLEAGUE,
    });
    expect(decided.next).toMatchObject({
      ownerId: OWNER,
      transferCount: 0,
      openRequest: { kind: 'transfer', stage: 'approved', reasonCode: 'difficulty_decision', proposedOwnerId: COLLEAGUE },
    });
    const accepted = pass(decided.next, ['proposed_owner'], { name: 'respondToTransfer', response: 'accept' });
    expect(accepted.next).toMatchObject({ ownerId: COLLEAGUE, transferCount: 1 });
  });
});

describe('extension', () => {
  const requested = pass(taskIn('in_progress'), ['owner'], { name: 'requestExtension', newDueDate: '2023-05-05', reason: 'Chờ ý kiến' }).next;

  it('must ask for a later date', () => {
    const command: WorkCommand = { name: 'requestExtension', newDueDate: '2023-04-28', reason: 'Chờ ý kiến' };
    expect(decide(taskIn('in_progress'), ['owner'], command, now)).toMatchObject({ ok: false, reason: 'invalid_command' });
  });

  it('is counted when approved', () => {
    const approved = pass(requested, ['assigner'], { name: 'decideExtension', decision: 'approve', reason: '' });
    expect(approved.next).toMatchObject({ dueDate: '2023-05-05', extensionCount: 1, openRequest: null });
    expect(approved.event).toMatchObject({ kind: 'task.extension_approved', reason: null });
  });

  it('is not counted when refused, and a refusal needs a reason', () => {
    expect(decide(requested, ['assigner'], { name: 'decideExtension', decision: 'refuse', reason: '' }, now)).toMatchObject({
      ok: false,
      reason: 'invalid_command',
    });
    const refused = pass(requested, ['assigner'], { name: 'decideExtension', decision: 'refuse', reason: 'Hạn do cấp trên ấn định' });
    expect(refused.next).toMatchObject({ dueDate: '2023-04-28', extensionCount: 0, openRequest: null });
  });

  it('is withdrawn when the owner submits the result', () => {
    const submitted = pass(requested, ['owner'], { name: 'submit', note: 'Đã hoàn thành' });
    expect(submitted.next).toMatchObject({ status: 'submitted', openRequest: null, progressPercent: 100 });
  });
});

describe('result review', () => {
  it('accepting completes the task with a grade', () => {
    const accepted = pass(taskIn('submitted'), ['assigner'], { name: 'acceptResult', grade: 5, note: 'Chất lượng tốt' });
    expect(accepted.next).toMatchObject({ status: 'completed', grade: 5, completedAt: now.instant });
    expect(accepted.event).toMatchObject({ kind: 'task.result_accepted', after: { status: 'completed', grade: 5 } });
  });

  it('returning for rework counts the return and restarts the work', () => {
    const returned = pass(taskIn('submitted'), ['unit_head'], { name: 'returnForRework', reason: 'Thiếu phụ lục' });
    expect(returned.next).toMatchObject({ status: 'in_progress', submittedAt: null, returnCount: 1, inProgressSince: now.instant });
  });
});

describe('cancel and reopen', () => {
  it('cancelling closes any open request', () => {
    const cancelled = pass(taskIn('in_progress', { openRequest: requests.extension }), ['assigner'], {
      name: 'cancel',
      reason: 'Không còn cần thiết',
    });
    expect(cancelled.next).toMatchObject({ status: 'cancelled', openRequest: null });
    expect(cancelled.event).toMatchObject({
      before: { status: 'in_progress', request: { kind: 'extension' } },
      after: { status: 'cancelled', request: null },
    });
  });

  it('reopening returns to work if the owner had accepted, else to acceptance', () => {
    const reopen: WorkCommand = { name: 'reopen', reason: 'Cấp trên yêu cầu tiếp tục' };
    expect(pass(taskIn('cancelled'), ['assigner'], reopen).next.status).toBe('in_progress');
    const neverAccepted = taskIn('cancelled', { acceptedAt: null, inProgressSince: null });
    expect(pass(neverAccepted, ['assigner'], reopen).next.status).toBe('assigned');
  });

  it('a later due date on reopening counts as an extension, like any later due date', () => {
    const reopened = pass(taskIn('cancelled'), ['assigner'], { name: 'reopen', reason: 'Tiếp tục', newDueDate: '2023-05-10' });
    expect(reopened.next).toMatchObject({ dueDate: '2023-05-10', extensionCount: 1 });
  });
});

describe('progress', () => {
  it.each([-1, 101, 12.5])('refuses %s percent', (percent) => {
    expect(decide(taskIn('in_progress'), ['owner'], { name: 'reportProgress', percent, note: 'x' }, now)).toMatchObject({
      ok: false,
      reason: 'invalid_command',
    });
  });

  it('records the percent and the time of the update', () => {
    const reported = pass(taskIn('in_progress'), ['owner'], { name: 'reportProgress', percent: 40, note: 'Xong khảo sát' });
    expect(reported.next).toMatchObject({ progressPercent: 40, lastProgressAt: now.instant });
    expect(reported.event).toEqual({
      kind: 'task.progress_reported',
      reason: 'Xong khảo sát',
      before: { progressPercent: 0 },
      after: { progressPercent: 40 },
    });
  });
});

describe('a new task', () => {
  const fields = { assignerId: ASSIGNER, unitId: 'unit-office', startDate: '2023-04-24', dueDate: '2023-05-08', assignedAt: at('2023-04-24') };

  it('waits for the owner to accept it', () => {
    expect(newTaskState({ ...fields, ownerId: OWNER })).toMatchObject({ status: 'assigned', acceptedAt: null, transferCount: 0, openRequest: null });
  });

  it('is already accepted when people assign it to themselves', () => {
    expect(newTaskState({ ...fields, ownerId: ASSIGNER })).toMatchObject({ status: 'in_progress', acceptedAt: at('2023-04-24') });
  });
});
