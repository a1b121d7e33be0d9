import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { MeasureKind } from '../../../contracts/conduct-vocabulary.js';
import type { Db, Tx } from '../../db/client.js';
import { conductCases } from '../../db/schema/index.js';
import { findForm } from './conduct.measures.js';

export interface ConfirmedMeasure {
  caseId: string;
  kind: MeasureKind;
  /** Disciplinary form code and name; null for a reminder or criticism. */
  formCode: string | null;
  formName: string | null;
  /** `reprimand` or `heavier` for disciplinary forms (Decree 48/2023: any discipline in the year → KHTNV). */
  level: 'reprimand' | 'heavier' | null;
  decisionOn: string;
  decisionNumber: string | null;
}

/**
 * Measures decided on a person within a period (inclusive local dates), for the evaluation module.
 * Only decided measures count: a case still under review, deferred or dismissed has none.
 * Sensitive data: callers show it only to those who rate the person.
 */
export async function confirmedMeasuresOf(db: Db | Tx, agencyId: string, personId: string, period: { from: string; to: string }): Promise<ConfirmedMeasure[]> {
  const rows = await db
    .select()
    .from(conductCases)
    .where(
      and(
        eq(conductCases.agencyId, agencyId),
        eq(conductCases.subjectPersonId, personId),
        inArray(conductCases.status, ['measure_decided', 'notified', 'closed']),
        isNotNull(conductCases.measureKind),
        gte(conductCases.decisionOn, period.from),
        lte(conductCases.decisionOn, period.to),
      ),
    )
    .limit(200);
  return rows
    .map((row) => {
      const form = row.disciplineFormCode ? findForm(row.subjectCategory, row.disciplineFormCode) : undefined;
      return {
        caseId: row.id,
        kind: row.measureKind!,
        formCode: row.disciplineFormCode,
        formName: form?.name ?? null,
        level: form?.level ?? null,
        decisionOn: row.decisionOn!,
        decisionNumber: row.decisionNumber,
      };
    })
    .sort((a, b) => a.decisionOn.localeCompare(b.decisionOn));
}
