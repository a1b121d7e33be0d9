import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { conductCases } from '../../db/schema/index.js';
import { findForm } from './conduct.measures.js';

export interface DisciplineInPeriod {
  personId: string;
  caseId: string;
  formName: string | null;
  decisionOn: string;
  decisionNumber: string | null;
}

/**
 * For the evaluation module, in one statement for a whole agency: the disciplinary measures (not reminders or
 * criticism) decided on people within a period (inclusive local dates). Sensitive: shown only to those who rate the person.
 */
export async function disciplinesDecidedIn(db: Db | Tx, agencyId: string, period: { from: string; to: string }): Promise<DisciplineInPeriod[]> {
  const rows = await db
    .select({
      personId: conductCases.subjectPersonId,
      caseId: conductCases.id,
      category: conductCases.subjectCategory,
      formCode: conductCases.disciplineFormCode,
      decisionOn: conductCases.decisionOn,
      decisionNumber: conductCases.decisionNumber,
    })
    .from(conductCases)
    .where(
      and(
        eq(conductCases.agencyId, agencyId),
        isNotNull(conductCases.subjectPersonId),
        eq(conductCases.measureKind, 'discipline'),
        inArray(conductCases.status, ['measure_decided', 'notified', 'closed']),
        gte(conductCases.decisionOn, period.from),
        lte(conductCases.decisionOn, period.to),
      ),
    );
  return rows.map((row) => ({
    personId: row.personId!,
    caseId: row.caseId,
    decisionOn: row.decisionOn!,
    decisionNumber: row.decisionNumber,
    formName: row.formCode ? (findForm(row.category, row.formCode)?.name ?? row.formCode) : null,
  }));
}
