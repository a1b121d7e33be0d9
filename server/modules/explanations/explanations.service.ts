import type { z } from 'zod';
import type { answerExplanationBody, decideExplanationBody, requestExplanationBody } from '../../../contracts/explanations.js';
import type { Tx } from '../../db/client.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState, notFound } from '../../platform/errors.js';
import { notifyPeople } from '../notifications/index.js';
import { recordTaskExplanationEvent, type TaskExplanationEventKind } from '../work/index.js';
import { auditContext, calendarOf, type ExplanationsDeps } from './explanations.deps.js';
import { resolveRedItem } from './explanations.items.js';
import * as repository from './explanations.repository.js';
import { abilitiesOf, canRequestFrom, explanationDueOn } from './explanations.rules.js';
import { loadVisible } from './explanations.visible.js';

const subjectOf = (id: string) => ({ type: 'explanation' as const, id });

/** Asks the person responsible for a red item to explain it by a working-day deadline. */
export async function requestExplanation(deps: ExplanationsDeps, actor: Actor, body: z.output<typeof requestExplanationBody>): Promise<string> {
  if (!hasRole(actor, 'leader', 'unit_head') || !actor.personId || !actor.unitPath)
    throw forbidden({ vi: 'Chỉ lãnh đạo hoặc trưởng đơn vị được yêu cầu giải trình', en: 'Only leaders and unit heads request explanations' });
  const now = deps.clock.now();
  const today = localDateOf(now);
  const calendar = await calendarOf(deps, actor.agencyId);
  return deps.db.transaction(async (tx) => {
    const item = await resolveRedItem(tx, actor.agencyId, body.item, today);
    if (item.subject.personId === actor.personId) throw forbidden({ vi: 'Không tự yêu cầu mình giải trình', en: 'You cannot ask yourself to explain' });
    // Outside the unit head's subtrees the item is not theirs to see.
    if (!canRequestFrom(actor, item.subject)) throw notFound({ vi: 'Không tìm thấy mục cần giải trình', en: 'Item not found' });
    if (await repository.findOpenOnItem(tx, actor.agencyId, item.kind, item.id, item.subject.personId))
      throw invalidState('explanation_pending', {
        vi: 'Mục này đang có yêu cầu giải trình chưa xử lý xong',
        en: 'An explanation of this item is still pending',
      });
    const id = crypto.randomUUID();
    const dueOn = explanationDueOn(calendar, today, body.workingDays);
    await repository.insertExplanation(tx, {
      id,
      agencyId: actor.agencyId,
      itemKind: item.kind,
      itemId: item.id,
      itemTitle: item.title,
      subjectPersonId: item.subject.personId,
      subjectName: item.subject.fullName,
      subjectUnitPath: item.subject.unitPath,
      requesterId: actor.personId!,
      requesterName: actor.displayName,
      requesterUnitPath: actor.unitPath!,
      questions: body.questions,
      requestedAt: now,
      dueOn,
    });
    const after = { itemKind: item.kind, itemId: item.id, subjectPersonId: item.subject.personId, dueOn };
    await recordAction(tx, auditContext(actor, now), 'explanation.requested', subjectOf(id), after);
    await onTaskTimeline(tx, actor, now, item.kind, item.id, 'task.explanation_requested', body.questions, { explanationId: id, explanationDueOn: dueOn });
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: [item.subject.personId],
      kind: 'explanation_requested',
      title: { vi: `Yêu cầu giải trình: ${item.title}`, en: `Explanation requested: ${item.title}` },
      subject: subjectOf(id),
      now,
    });
    return id;
  });
}

/** The subject's answer; late answers are taken, the lateness stays on the record. */
export async function answerExplanation(deps: ExplanationsDeps, actor: Actor, id: string, body: z.output<typeof answerExplanationBody>) {
  await runCommand(deps, actor, id, 'answer', async (tx, row, now) => {
    await repository.updateExplanation(tx, id, { status: 'answered', answer: body.answer, answeredAt: now });
    await recordAction(tx, auditContext(actor, now), 'explanation.answered', subjectOf(id), { status: 'answered', isLate: row.dueOn < localDateOf(now) });
    await onTaskTimeline(tx, actor, now, row.itemKind, row.itemId, 'task.explanation_answered', body.answer, { explanationId: id });
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: [row.requesterId, ...row.escalatedToIds],
      kind: 'explanation_answered',
      title: { vi: `${row.subjectName} đã giải trình: ${row.itemTitle}`, en: `${row.subjectName} explained: ${row.itemTitle}` },
      subject: subjectOf(id),
      now,
    });
  });
}

/** The requester (or whoever it was escalated to) accepts the answer or not. */
export async function decideExplanation(deps: ExplanationsDeps, actor: Actor, id: string, body: z.output<typeof decideExplanationBody>) {
  await runCommand(deps, actor, id, 'decide', async (tx, row, now) => {
    const status = body.isAccepted ? 'accepted' : 'not_accepted';
    await repository.updateExplanation(tx, id, { status, decisionNote: body.note || null, decidedAt: now, decidedById: actor.personId });
    await recordAction(tx, auditContext(actor, now), 'explanation.decided', subjectOf(id), { status, note: body.note });
    await onTaskTimeline(tx, actor, now, row.itemKind, row.itemId, 'task.explanation_decided', body.note || null, {
      explanationId: id,
      explanationDecision: status,
    });
    const verdict = body.isAccepted ? { vi: 'được chấp nhận', en: 'accepted' } : { vi: 'không được chấp nhận', en: 'not accepted' };
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: [row.subjectPersonId],
      kind: 'explanation_decided',
      title: { vi: `Giải trình ${verdict.vi}: ${row.itemTitle}`, en: `Explanation ${verdict.en}: ${row.itemTitle}` },
      subject: subjectOf(id),
      now,
    });
  });
}

/** Loads the request as this actor sees it, locked, checks the ability, and runs the change in one transaction. */
async function runCommand(
  deps: ExplanationsDeps,
  actor: Actor,
  id: string,
  ability: 'answer' | 'decide',
  apply: (tx: Tx, row: repository.ExplanationRow, now: Date) => Promise<void>,
) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (!abilitiesOf(actor, row, localDateOf(now)).includes(ability)) {
      const isTheirs =
        ability === 'answer' ? actor.personId === row.subjectPersonId : actor.personId === row.requesterId || row.escalatedToIds.includes(actor.personId ?? '');
      if (!isTheirs) throw forbidden();
      throw invalidState('explanation_state', { vi: 'Yêu cầu giải trình không còn ở bước này', en: 'The explanation is no longer at this step' });
    }
    await apply(tx, row, now);
  });
}

/** Tasks keep explanation steps on their own timeline; other items show the request's own moments. */
export async function onTaskTimeline(
  tx: Tx,
  actor: { agencyId: string; personId: string | null; displayName: string },
  now: Date,
  itemKind: string,
  itemId: string,
  kind: TaskExplanationEventKind,
  reason: string | null,
  after: Record<string, unknown>,
) {
  if (itemKind !== 'task') return;
  await recordTaskExplanationEvent(tx, {
    agencyId: actor.agencyId,
    taskId: itemId,
    kind,
    occurredAt: now,
    actorPersonId: actor.personId,
    actorName: actor.displayName,
    reason,
    after,
  });
}
