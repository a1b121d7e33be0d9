import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difficultyDecisions, taskSignalKinds, workCommandNames } from '../../../contracts/work.js';
import { addCalendarDays } from '../../platform/calendar/dates.js';
import { outcomeOf } from './work.state.js';
import { availableCommands, decide } from './work.rules.js';
import { computeSignals } from './work.signals.js';
import { contextAt, relationsOf, type PersonStanding, type TaskState, type WorkCommand, type WorkCommandName } from './work.state.js';
import { ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE, OWNER, at, baseTask, calendar, validCommand } from '../../test/fixtures/work-state.js';

const people = [OWNER, ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE];

const personArbitrary: fc.Arbitrary<PersonStanding> = fc.record({
  personId: fc.constantFrom(...people),
  managesTaskUnit: fc.boolean(),
  isLeader: fc.boolean(),
  isCollaborator: fc.boolean(),
});

/** One step: who acts, what they try (well-formed or not), and how much time passes first. */
const stepArbitrary = fc.record({
  actor: personArbitrary,
  name: fc.constantFrom(...workCommandNames),
  /** Usually pick among the actor's abilities, so runs reach deep states instead of bouncing off refusals. */
  followsAbilities: fc.nat(4).map((n) => n > 0),
  hoursLater: fc.integer({ min: 0, max: 96 }),
  newOwnerId: fc.constantFrom(...people),
  isWellFormed: fc.nat(3).map((n) => n > 0),
  variant: fc.nat(59),
  dayShift: fc.integer({ min: -10, max: 10 }),
  percent: fc.integer({ min: -5, max: 105 }),
  grade: fc.constantFrom(1, 2, 3, 4, 5),
  words: fc.constantFrom('', '  ', 'Lý do cụ thể'),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Mostly sensible commands; the rest keep their shape but take random words, dates, owners and branches. */
function commandFor(step: Step, task: TaskState, today: string): WorkCommand {
  const valid = validCommand(step.name, task, today, step.newOwnerId);
  if (step.isWellFormed) return valid;
  const text = step.words;
  const date = addCalendarDays(task.dueDate, step.dayShift);
  switch (valid.name) {
    case 'decideDifficulty': {
      const decision = difficultyDecisions[step.variant % 3];
      if (decision === 'reassign') return { name: valid.name, decision, reason: text, newOwnerId: step.newOwnerId };
      return decision === 'change_task' ? { name: valid.name, decision, reason: text, newDueDate: date } : { name: valid.name, decision, reason: text };
    }
    case 'decideExtension':
      return { ...valid, decision: step.variant % 2 ? 'refuse' : 'approve', reason: text };
    case 'respondToTransfer':
      return step.variant % 2 ? { name: valid.name, response: 'refuse', reason: text } : valid;
    case 'reportProgress':
      return { ...valid, percent: step.percent, note: text };
    case 'acceptResult':
      return { ...valid, grade: step.grade };
  }
  const overrides: Record<string, string> = {
    reason: text,
    note: text,
    text,
    description: text,
    proposal: text,
    newDueDate: date,
    proposedDueDate: date,
    newOwnerId: step.newOwnerId,
  };
  return Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, overrides[key] ?? value])) as WorkCommand;
}

const scenarioArbitrary = fc.record({ steps: fc.array(stepArbitrary, { maxLength: 40 }), isSelfAssigned: fc.boolean() });

/** Replays a random scenario from a fresh task, checking the invariants after every step. */
function replay(
  { steps, isSelfAssigned }: { steps: Step[]; isSelfAssigned: boolean },
  check: (before: TaskState, after: TaskState, step: Step, kind: string | null) => void,
) {
  let task = baseTask(isSelfAssigned ? { ownerId: ASSIGNER, status: 'in_progress', acceptedAt: at('2023-04-20'), inProgressSince: at('2023-04-20') } : {});
  let instant = at('2023-04-20', '10:00');
  for (const step of steps) {
    instant = new Date(instant.getTime() + step.hoursLater * 3_600_000);
    const now = contextAt(instant);
    const relations = relationsOf(task, step.actor);
    const abilities = availableCommands(task, relations);
    const name = step.followsAbilities && abilities.length > 0 ? abilities[step.variant % abilities.length] : step.name;
    const decision = decide(task, relations, commandFor({ ...step, name }, task, now.today), now);
    const next = decision.ok ? decision.next : task;
    check(task, next, step, decision.ok ? decision.event.kind : null);
    task = next;
  }
}

describe('over random command sequences', () => {
  it('there is always exactly one owner, one of the people involved', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) =>
        replay(scenario, (before, after, _, kind) => {
          expect(people).toContain(after.ownerId);
          if (after.ownerId !== before.ownerId) expect(kind).toBe('task.transferred');
          const request = after.openRequest;
          if (request?.kind === 'transfer' && request.stage === 'approved') expect(request.proposedOwnerId).not.toBe(after.ownerId);
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('counters only grow, each for its own reason', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) =>
        replay(scenario, (before, after, _, kind) => {
          expect(after.transferCount - before.transferCount).toBe(kind === 'task.transferred' ? 1 : 0);
          expect(after.returnCount - before.returnCount).toBe(kind === 'task.returned_for_rework' ? 1 : 0);
          expect(after.extensionCount - before.extensionCount).toBe(after.dueDate > before.dueDate ? 1 : 0);
          if (kind === 'task.progress_reported') expect(after.lastProgressAt).not.toBeNull();
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('closed tasks are consistent: completed has outcome and grade, cancelled only reopens, neither has a request', () => {
    fc.assert(
      fc.property(scenarioArbitrary, personArbitrary, (scenario, viewer) =>
        replay(scenario, (_, after) => {
          const now = after.completedAt ?? at('2023-06-01');
          if (after.status === 'completed') {
            expect(outcomeOf(after, now)).toMatch(/^completed_/);
            expect(after.grade).not.toBeNull();
          } else {
            expect(after.grade).toBeNull();
          }
          if (after.status === 'cancelled') {
            expect(outcomeOf(after, now)).toBeNull();
            expect(availableCommands(after, ['owner', 'assigner', 'unit_head', 'proposed_owner', 'collaborator', 'leader', 'other'])).toEqual(['reopen']);
          }
          if (after.status === 'completed' || after.status === 'cancelled') expect(after.openRequest).toBeNull();
          expect(availableCommands(after, relationsOf(after, viewer)).every((name) => name !== 'reopen' || after.status === 'cancelled')).toBe(true);
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('availableCommands is exactly the set of commands decide accepts', () => {
    fc.assert(
      fc.property(scenarioArbitrary, personArbitrary, (scenario, viewer) =>
        replay(scenario, (_, after) => {
          const now = contextAt(at('2023-05-04'));
          const relations = relationsOf(after, viewer);
          const newOwnerId = people.find((person) => person !== after.ownerId)!;
          const accepted = workCommandNames.filter(
            (name: WorkCommandName) => decide(after, relations, validCommand(name, after, now.today, newOwnerId), now).ok,
          );
          expect(availableCommands(after, relations)).toEqual(accepted);
        }),
      ),
      { numRuns: 200 },
    );
  });

  it('signals are unique, ordered, and absent on closed tasks', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 0, max: 60 }), (scenario, daysLater) =>
        replay(scenario, (_, after) => {
          const kinds = computeSignals(after, calendar, contextAt(at(addCalendarDays('2023-04-20', daysLater)))).map((signal) => signal.kind);
          expect(new Set(kinds).size).toBe(kinds.length);
          expect([...kinds].sort((a, b) => taskSignalKinds.indexOf(a) - taskSignalKinds.indexOf(b))).toEqual(kinds);
          if (after.status === 'completed' || after.status === 'cancelled') expect(kinds).toEqual([]);
        }),
      ),
      { numRuns: 100 },
    );
  });
});
