import { agencies } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { systemActor } from '../../platform/actor.js';
import { formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { activeLeaderIds } from '../auth/index.js';
import { notifyPeople } from '../notifications/index.js';
import { listManagers } from '../org/index.js';
import type { ExplanationsDeps } from './explanations.deps.js';
import * as repository from './explanations.repository.js';
import { escalationTargets } from './explanations.rules.js';
import { onTaskTimeline } from './explanations.service.js';

const JOB = 'explanations.escalation';

/**
 * Escalates each request still unanswered after its due day, once: the next level up from the
 * requester is told (and may decide on a late answer), the requester too, and the request shows
 * as overdue and escalated. Runs once per agency and day across instances (platform/jobs.ts).
 */
export async function runExplanationEscalation(deps: ExplanationsDeps, agencyId: string, runKey?: string) {
  const now = deps.clock.now();
  const today = localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, runKey ?? today, now))) return { ran: false, escalated: 0 };
  const due = await repository.findUnansweredPastDue(deps.db, agencyId, today);
  if (due.length > 0) {
    const headsByUnit = new Map<string, string[]>();
    for (const manager of await listManagers(deps.db, agencyId))
      if (manager.role === 'head') headsByUnit.set(manager.unitId, [...(headsByUnit.get(manager.unitId) ?? []), manager.personId]);
    const leaders = await activeLeaderIds(deps.db, agencyId);
    for (const row of due) {
      const targets = escalationTargets({ id: row.requesterId, unitPath: row.requesterUnitPath }, headsByUnit, leaders).filter(
        (id) => id !== row.subjectPersonId,
      );
      await deps.db.transaction(async (tx) => {
        await repository.updateExplanation(tx, row.id, { escalatedAt: now, escalatedToIds: targets });
        const change = { escalatedToIds: targets, explanationDueOn: row.dueOn };
        await recordAudit(tx, {
          agencyId,
          actor: systemActor,
          action: 'explanation.escalated',
          subjectType: 'explanation',
          subjectId: row.id,
          change,
          occurredAt: now,
        });
        const system = { agencyId, personId: null, displayName: systemActor.name };
        await onTaskTimeline(tx, system, now, row.itemKind, row.itemId, 'task.explanation_escalated', null, { explanationId: row.id, ...change });
        await notifyPeople(tx, {
          agencyId,
          personIds: [...targets, row.requesterId],
          kind: 'explanation_escalated',
          title: {
            vi: `Quá hạn giải trình (${formatVietnameseDate(row.dueOn)}): ${row.subjectName} — ${row.itemTitle}`,
            en: `Explanation overdue (${formatVietnameseDate(row.dueOn)}): ${row.subjectName} — ${row.itemTitle}`,
          },
          subject: { type: 'explanation', id: row.id },
          dedupeKey: `explanation:${row.id}:escalated`,
          now,
        });
      });
    }
  }
  await finishJobRun(deps.db, agencyId, JOB, runKey ?? today, deps.clock.now(), { escalated: due.length });
  return { ran: true, escalated: due.length };
}

/** Every agency; the server's periodic jobs call it. */
export async function explanationEscalationAllAgencies(deps: ExplanationsDeps) {
  for (const { id } of await deps.db.select({ id: agencies.id }).from(agencies)) await runExplanationEscalation(deps, id);
}
