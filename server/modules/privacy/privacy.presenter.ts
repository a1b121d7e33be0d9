import type { PrivacyRequest } from '../../../contracts/privacy.js';
import type { PrivacyRequestRow } from './privacy.repository.js';
import { canDecide, DUE_RULE_TEXT, dueRuleOf, isOverdue } from './privacy.rules.js';

export function presentRequest(row: PrivacyRequestRow & { personName: string }, today: string): PrivacyRequest {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    kind: row.kind,
    receivedOn: row.receivedOn,
    answerDueOn: row.answerDueOn,
    dueRule: DUE_RULE_TEXT[dueRuleOf(row.receivedOn)],
    note: row.note,
    state: row.state,
    answer: row.answer,
    refusalReason: row.refusalReason,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    handlerName: row.handlerName,
    isOverdue: isOverdue(row, today),
    abilities: canDecide(row.state) ? ['answer', 'refuse'] : [],
  };
}
