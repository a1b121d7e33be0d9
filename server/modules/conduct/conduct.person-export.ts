import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { conductCases } from '../../db/schema/index.js';
import { SUBJECT_HIDDEN_STATES } from './conduct.access.js';

/**
 * The conduct cases where the person is the subject, for a personal-data export, as the subject's own
 * view shows them: not while the verification is internal, and never the source, its reference or the
 * sealed reporter (a whistleblower's identity is not the subject's data).
 */
export function personCasesExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      id: conductCases.id,
      title: conductCases.title,
      description: conductCases.description,
      status: conductCases.status,
      detectedOn: conductCases.detectedOn,
      violationOn: conductCases.violationOn,
      explanation: conductCases.explanation,
      isViolationConfirmed: conductCases.isViolationConfirmed,
      severity: conductCases.severity,
      conclusion: conductCases.conclusion,
      measureKind: conductCases.measureKind,
      disciplineFormCode: conductCases.disciplineFormCode,
      decisionOn: conductCases.decisionOn,
      decisionNumber: conductCases.decisionNumber,
      notifiedOn: conductCases.notifiedOn,
      appealDueOn: conductCases.appealDueOn,
      closedReason: conductCases.closedReason,
    })
    .from(conductCases)
    .where(and(eq(conductCases.agencyId, agencyId), eq(conductCases.subjectPersonId, personId), notInArray(conductCases.status, SUBJECT_HIDDEN_STATES)))
    .orderBy(asc(conductCases.createdAt), asc(conductCases.id))
    .limit(2000);
}
