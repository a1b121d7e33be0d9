import type { Explanation } from '../../../contracts/explanations.js';
import type { Actor } from '../../platform/actor.js';
import type { ExplanationRow } from './explanations.repository.js';
import { abilitiesOf, isOverdue } from './explanations.rules.js';

/** Row → API shape; `names` gives the people the request was escalated to. */
export function presentExplanation(row: ExplanationRow, actor: Actor, today: string, names: Map<string, string>): Explanation {
  return {
    id: row.id,
    item: { kind: row.itemKind, id: row.itemId, title: row.itemTitle },
    subject: { id: row.subjectPersonId, fullName: row.subjectName },
    requester: { id: row.requesterId, fullName: row.requesterName },
    questions: row.questions,
    requestedAt: row.requestedAt.toISOString(),
    dueOn: row.dueOn,
    status: row.status,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    isOverdue: isOverdue(row, today),
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    escalatedTo: row.escalatedToIds.map((id) => ({ id, fullName: names.get(id) ?? '' })),
    caseId: row.caseId,
    abilities: abilitiesOf(actor, row, today),
  };
}
