import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { explanationRequests } from '../../db/schema/index.js';

/**
 * The explanation requests addressed to one person and their answers, for a personal-data export.
 * Neither the case a request became (it may still be under internal verification) nor the people
 * told on escalation are the person's data, so they are not selected.
 */
export function personExplanationsExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      itemKind: explanationRequests.itemKind,
      itemTitle: explanationRequests.itemTitle,
      requesterName: explanationRequests.requesterName,
      questions: explanationRequests.questions,
      requestedAt: explanationRequests.requestedAt,
      dueOn: explanationRequests.dueOn,
      status: explanationRequests.status,
      answer: explanationRequests.answer,
      answeredAt: explanationRequests.answeredAt,
      decisionNote: explanationRequests.decisionNote,
      decidedAt: explanationRequests.decidedAt,
      escalatedAt: explanationRequests.escalatedAt,
    })
    .from(explanationRequests)
    .where(and(eq(explanationRequests.agencyId, agencyId), eq(explanationRequests.subjectPersonId, personId)))
    .orderBy(asc(explanationRequests.requestedAt), asc(explanationRequests.id))
    .limit(2000);
}
