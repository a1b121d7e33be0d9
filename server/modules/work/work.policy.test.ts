import { describe, expect, it } from 'vitest';
import { taskRelations, taskStatuses, workCommandNames } from '../../../contracts/work.js';
import { availableCommands, decide } from './work.rules.js';
import type { OpenRequest, TaskRelation, TaskStatus, WorkCommandName } from './work.state.js';
import { on, requests, taskIn, validCommand } from '../../test/fixtures/work-state.js';

const approvers: TaskRelation[] = ['assigner', 'unit_head'];
const open: TaskStatus[] = ['assigned', 'in_progress', 'submitted'];
const active: TaskStatus[] = ['assigned', 'in_progress'];

/** The permission model written out as the spec reads, independently of the rules table. */
const spec: Record<WorkCommandName, { by: TaskRelation[]; in: TaskStatus[]; request?: OpenRequest }> = {
  accept: { by: ['owner'], in: ['assigned'] },
  raiseDifficulty: { by: ['owner'], in: ['in_progress'] },
  decideDifficulty: { by: approvers, in: ['in_progress'], request: requests.difficulty },
  reportProgress: { by: ['owner'], in: ['in_progress'] },
  submit: { by: ['owner'], in: ['in_progress'] },
  acceptResult: { by: approvers, in: ['submitted'] },
  returnForRework: { by: approvers, in: ['submitted'] },
  cancel: { by: approvers, in: open },
  reopen: { by: approvers, in: ['cancelled'] },
  requestTransfer: { by: ['owner', ...approvers], in: active },
  approveTransfer: { by: approvers, in: active, request: requests.transferRequested },
  rejectTransfer: { by: approvers, in: active, request: requests.transferRequested },
  respondToTransfer: { by: ['proposed_owner'], in: active, request: requests.transferApproved },
  requestExtension: { by: ['owner'], in: ['in_progress'] },
  decideExtension: { by: approvers, in: ['in_progress'], request: requests.extension },
  extend: { by: approvers, in: active },
  comment: {
    by: ['owner', 'assigner', 'unit_head', 'proposed_owner', 'collaborator', 'leader'],
    in: ['assigned', 'in_progress', 'submitted', 'completed'],
  },
};

const today = '2023-04-26';

describe.each(workCommandNames)('%s', (name) => {
  const rule = spec[name];
  const cases = taskStatuses.flatMap((status) => taskRelations.map((relation) => ({ status, relation })));
  it.each(cases)('by $relation in $status', ({ status, relation }) => {
    const task = taskIn(status, { openRequest: rule.request ?? null });
    const isAllowed = rule.by.includes(relation) && rule.in.includes(status);
    expect(availableCommands(task, [relation]).includes(name)).toBe(isAllowed);
    const decision = decide(task, [relation], validCommand(name, task, today), on(today));
    if (isAllowed) expect(decision).toMatchObject({ ok: true });
    else expect(decision).toMatchObject({ ok: false, reason: rule.in.includes(status) ? 'not_allowed' : 'invalid_state' });
  });
});

describe('open requests', () => {
  it.each([
    ['accept', 'assigned', ['owner'], requests.transferRequested, 'request_open'],
    ['raiseDifficulty', 'in_progress', ['owner'], requests.extension, 'request_open'],
    ['submit', 'in_progress', ['owner'], requests.difficulty, 'request_open'],
    ['submit', 'in_progress', ['owner'], requests.transferApproved, 'request_open'],
    ['requestExtension', 'in_progress', ['owner'], requests.extension, 'request_open'],
    ['requestTransfer', 'in_progress', ['assigner'], requests.difficulty, 'request_open'],
    ['acceptResult', 'submitted', ['assigner'], requests.extension, 'request_open'],
    ['decideDifficulty', 'in_progress', ['assigner'], null, 'no_open_request'],
    ['decideExtension', 'in_progress', ['unit_head'], requests.difficulty, 'no_open_request'],
    ['approveTransfer', 'in_progress', ['assigner'], requests.transferApproved, 'no_open_request'],
    ['respondToTransfer', 'in_progress', ['proposed_owner'], requests.transferRequested, 'no_open_request'],
    ['rejectTransfer', 'in_progress', ['assigner'], requests.transferApproved, 'no_open_request'],
  ] as const)('%s in %s by %j with %o → %s', (name, status, relations, request, reason) => {
    const task = taskIn(status, { openRequest: request });
    expect(decide(task, relations, validCommand(name, task, today), on(today))).toMatchObject({ ok: false, reason });
    expect(availableCommands(task, relations)).not.toContain(name);
  });

  it.each([
    ['reportProgress', requests.difficulty],
    ['reportProgress', requests.transferApproved],
    ['comment', requests.transferRequested],
    ['cancel', requests.extension],
  ] as const)('%s is possible while %o is open', (name, request) => {
    const task = taskIn('in_progress', { openRequest: request });
    const relations: TaskRelation[] = name === 'reportProgress' || name === 'comment' ? ['owner'] : ['assigner'];
    expect(decide(task, relations, validCommand(name, task, today), on(today))).toMatchObject({ ok: true });
  });
});

describe('nobody decides on their own request or result', () => {
  it.each([
    ['acceptResult', 'submitted', null],
    ['returnForRework', 'submitted', null],
    ['decideExtension', 'in_progress', requests.extension],
    ['decideDifficulty', 'in_progress', requests.difficulty],
    ['approveTransfer', 'in_progress', requests.transferRequested],
  ] as const)('an owner who is also the assigner and unit head may not %s', (name, status, request) => {
    const task = taskIn(status, { openRequest: request });
    const relations: TaskRelation[] = ['owner', 'assigner', 'unit_head'];
    expect(decide(task, relations, validCommand(name, task, today), on(today))).toMatchObject({ ok: false, reason: 'own_decision' });
  });

  it('a self-assigned owner may still cancel and transfer the task', () => {
    const task = taskIn('in_progress');
    expect(availableCommands(task, ['owner', 'assigner'])).toEqual(expect.arrayContaining(['cancel', 'requestTransfer', 'submit']));
  });
});

describe('cancelling', () => {
  it('a unit head who owns a task from a leader may not cancel it', () => {
    expect(availableCommands(taskIn('in_progress'), ['owner', 'unit_head'])).not.toContain('cancel');
  });
});

describe('cancelled tasks', () => {
  it('accept nothing but reopen, whoever asks', () => {
    const task = taskIn('cancelled');
    expect(availableCommands(task, [...taskRelations])).toEqual(['reopen']);
  });
});
