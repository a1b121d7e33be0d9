import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { privacyRequests } from '../../db/schema/index.js';

/** The data-subject requests a person made and how they were answered, for their own personal-data export. */
export function personPrivacyRequestsExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      kind: privacyRequests.kind,
      receivedOn: privacyRequests.receivedOn,
      answerDueOn: privacyRequests.answerDueOn,
      note: privacyRequests.note,
      state: privacyRequests.state,
      reply: privacyRequests.answer,
      refusalReason: privacyRequests.refusalReason,
      answeredAt: privacyRequests.answeredAt,
      handlerName: privacyRequests.handlerName,
    })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.agencyId, agencyId), eq(privacyRequests.personId, personId)))
    .orderBy(asc(privacyRequests.receivedOn), asc(privacyRequests.id))
    .limit(500);
}
