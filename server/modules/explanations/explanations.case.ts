import type { z } from 'zod';
import type { explanationToCaseBody } from '../../../contracts/explanations.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState } from '../../platform/errors.js';
import { openCase } from '../conduct/index.js';
import { auditContext, type ExplanationsDeps } from './explanations.deps.js';
import type { ExplanationRow } from './explanations.repository.js';
import * as repository from './explanations.repository.js';
import { abilitiesOf } from './explanations.rules.js';
import { loadVisible } from './explanations.visible.js';

const ITEM_WORDS = { task: 'Nhiệm vụ quá hạn', acknowledgement: 'Chưa quán triệt đúng hạn', attendance: 'Vắng họp không lý do' } as const;

/**
 * Turns a request that was not accepted (or never answered in time) into a conduct case in one
 * action: the case is recorded with the request, the answer and the decision in its description,
 * and goes through due process from there. Once per request (the case's source is the request).
 */
export async function openCaseFromExplanation(deps: ExplanationsDeps, actor: Actor, id: string, body: z.output<typeof explanationToCaseBody>) {
  const now = deps.clock.now();
  const today = localDateOf(now);
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (!abilitiesOf(actor, row, today).includes('openCase')) {
      if (row.caseId || row.status === 'accepted' || row.status === 'answered' || row.status === 'awaiting_answer')
        throw invalidState('explanation_state', {
          vi: 'Chỉ chuyển thành vụ việc khi giải trình không được chấp nhận hoặc quá hạn, và chưa chuyển',
          en: 'Only a request not accepted or overdue, not yet turned into a case, becomes a case',
        });
      throw forbidden();
    }
    const opened = await openCase(
      deps,
      actor,
      {
        subject: { kind: 'person', personId: row.subjectPersonId },
        title: body.title || `${ITEM_WORDS[row.itemKind]}: ${row.itemTitle}`,
        description: describe(row),
        items: body.items,
        source: 'supervisor',
        sourceId: row.id,
        detectedOn: localDateOf(row.requestedAt),
      },
      tx,
    );
    await repository.updateExplanation(tx, id, { caseId: opened.id });
    await recordAction(tx, auditContext(actor, now), 'explanation.case_opened', { type: 'explanation', id }, { caseId: opened.id });
    return opened.id;
  });
}

/** The explanation carried over, as the case's description reads it. */
function describe(row: ExplanationRow): string {
  const lines = [
    `Yêu cầu giải trình của ${row.requesterName} ngày ${formatVietnameseDate(localDateOf(row.requestedAt))}, hạn ${formatVietnameseDate(row.dueOn)}:`,
    row.questions,
  ];
  if (row.answer && row.answeredAt) lines.push('', `Giải trình của ${row.subjectName} ngày ${formatVietnameseDate(localDateOf(row.answeredAt))}:`, row.answer);
  else lines.push('', `${row.subjectName} không giải trình trong thời hạn.`);
  if (row.status === 'not_accepted') lines.push('', `Không chấp nhận giải trình.${row.decisionNote ? ` ${row.decisionNote}` : ''}`);
  return lines.join('\n').slice(0, 10000);
}
