import { describe, expect, it } from 'vitest';
import { computeSignals } from './work.signals.js';
import { decide, type Decision } from './work.rules.js';
import { relationsOf, type TaskRelation, type TaskState, type WorkCommand } from './work.state.js';
import { ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE, OWNER, calendar, on, taskIn } from '../../test/fixtures/work-state.js';

const now = on('2023-04-24');
const standing = (personId: string, managesTaskUnit = false) => ({ personId, managesTaskUnit, isLeader: false, isCollaborator: false });

/** Runs a command as a person, with the relations the service would compute, and expects it to pass. */
function run(task: TaskState, personId: string, command: WorkCommand, managesTaskUnit = false): Extract<Decision, { ok: true }> {
  const decision = decide(task, relationsOf(task, standing(personId, managesTaskUnit)), command, now);
  if (!decision.ok) throw new Error(`${command.name} refused: ${decision.reason}`);
  return decision;
}

describe('transfer requested by the owner', () => {
  const requested = run(taskIn('assigned'), OWNER, { name: 'requestTransfer', reasonCode: 'wrong_unit', reason: 'Việc thuộc Ban Tuyên giáo' }).next;
  const approved = run(requested, 'head-of-office', { name: 'approveTransfer', newOwnerId: COLLEAGUE }, true);

  it('waits for approval, then for the new owner, while the owner stays accountable', () => {
    expect(requested.openRequest).toMatchObject({ kind: 'transfer', stage: 'requested', proposedOwnerId: null });
    expect(approved.next.openRequest).toMatchObject({ stage: 'approved', proposedOwnerId: COLLEAGUE });
    expect(approved.next.ownerId).toBe(OWNER);
    expect(approved.next.transferCount).toBe(0);
    expect(approved.event.kind).toBe('task.transfer_approved');
  });

  it('moves the task when the new owner accepts, and counts the bounce then', () => {
    const accepted = run(approved.next, COLLEAGUE, { name: 'respondToTransfer', response: 'accept' });
    expect(accepted.next).toMatchObject({ ownerId: COLLEAGUE, status: 'in_progress', openRequest: null, transferCount: 1, acceptedAt: now.instant });
    expect(accepted.event).toMatchObject({
      kind: 'task.transferred',
      reason: null,
      before: { ownerId: OWNER, transferCount: 0, status: 'assigned' },
      after: { ownerId: COLLEAGUE, transferCount: 1, status: 'in_progress', request: null },
    });
  });

  it('leaves the task with the old owner when the new owner refuses', () => {
    const refused = run(approved.next, COLLEAGUE, { name: 'respondToTransfer', response: 'refuse', reason: 'Đang đi công tác' });
    expect(refused.next).toMatchObject({ ownerId: OWNER, status: 'assigned', openRequest: null, transferCount: 0 });
    expect(refused.event.kind).toBe('task.transfer_refused');
  });

  it('leaves the task with the old owner when the approver rejects', () => {
    const rejected = run(requested, ASSIGNER, { name: 'rejectTransfer', reason: 'Đúng chức năng của Văn phòng' });
    expect(rejected.next).toMatchObject({ ownerId: OWNER, openRequest: null, transferCount: 0 });
  });

  it('lets the owner suggest a successor, but the approver chooses', () => {
    const suggested = run(taskIn('in_progress'), OWNER, {
      name: 'requestTransfer',
      reasonCode: 'expertise',
      reason: 'Cần chuyên môn pháp chế',
      newOwnerId: COLLEAGUE,
    }).next;
    expect(suggested.openRequest).toMatchObject({ stage: 'requested', proposedOwnerId: COLLEAGUE });
    expect(relationsOf(suggested, standing(COLLEAGUE))).toEqual(['other']);
    const approvedOther = run(suggested, ASSIGNER, { name: 'approveTransfer', newOwnerId: OTHER_COLLEAGUE }).next;
    expect(relationsOf(approvedOther, standing(OTHER_COLLEAGUE))).toEqual(['proposed_owner']);
  });
});

describe('transfer by the assigner', () => {
  it('is approved at once and needs only the new owner’s acceptance', () => {
    const direct = run(taskIn('in_progress'), ASSIGNER, {
      name: 'requestTransfer',
      reasonCode: 'absence',
      reason: 'Nghỉ ốm dài ngày',
      newOwnerId: COLLEAGUE,
    });
    expect(direct.event.kind).toBe('task.transfer_approved');
    expect(direct.next.openRequest).toMatchObject({ stage: 'approved', proposedOwnerId: COLLEAGUE });
    expect(direct.next.ownerId).toBe(OWNER);
  });

  it.each<[string, WorkCommand, TaskRelation[]]>([
    ['without a new owner', { name: 'requestTransfer', reasonCode: 'absence', reason: 'Nghỉ phép' }, ['assigner']],
    ['to the current owner', { name: 'requestTransfer', reasonCode: 'absence', reason: 'Nghỉ phép', newOwnerId: OWNER }, ['assigner']],
    ['with the code reserved for difficulty decisions', { name: 'requestTransfer', reasonCode: 'difficulty_decision', reason: 'x' }, ['owner']],
    ['without a reason', { name: 'requestTransfer', reasonCode: 'workload', reason: '  ' }, ['owner']],
  ])('is refused %s', (_, command, relations) => {
    expect(decide(taskIn('in_progress'), relations, command, now)).toMatchObject({ ok: false, reason: 'invalid_command' });
  });
});

describe('bounce count', () => {
  it('raises the "bounced" signal from the second accepted transfer', () => {
    let task = taskIn('in_progress');
    for (const [from, to] of [
      [OWNER, COLLEAGUE],
      [COLLEAGUE, OTHER_COLLEAGUE],
    ]) {
      task = run(task, ASSIGNER, { name: 'requestTransfer', reasonCode: 'workload', reason: `Chuyển từ ${from}`, newOwnerId: to }).next;
      task = run(task, to, { name: 'respondToTransfer', response: 'accept' }).next;
    }
    expect(task).toMatchObject({ ownerId: OTHER_COLLEAGUE, transferCount: 2 });
    expect(computeSignals(task, calendar, now).map((signal) => signal.kind)).toContain('bounced');
  });
});
