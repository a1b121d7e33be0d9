import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { conductCases } from '../../db/schema/index.js';

/**
 * The conduct cases where the person is the subject, for a personal-data export. The source,
 * its reference and the sealed reporter are never selected: a whistleblower's identity is not the subject's data.
 */
export function personCasesExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      id: conductCases.id, title: conductCases.title, description: conductCases.description, status: conductCases.status,
      detectedOn: conductCases.detectedOn, violationOn: conductCases.violationOn, explanation: conductCases.explanation,
      isViolationConfirmed: conductCases.isViolationConfirmed, severity: conductCases.severity, conclusion: conductCases.conclusion,
      measureKind: conductCases.measureKind, disciplineFormCode: conductCases.disciplineFormCode, decisionOn: conductCases.decisionOn,
      decisionNumber: conductCases.decisionNumber, notifiedOn: conductCases.notifiedOn, appealDueOn: conductCases.appealDueOn, closedReason: conductCases.closedReason,
    })
    .from(conductCases)
    .where(and(eq(conductCases.agencyId, agencyId), eq(conductCases.subjectPersonId, personId)))
    .orderBy(asc(conductCases.createdAt), asc(conductCases.id))
    .limit(2000);
}
