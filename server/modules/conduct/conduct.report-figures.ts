import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { findForm } from './conduct.measures.js';
import type { SubjectCategory } from '../../../contracts/conduct-vocabulary.js';
import { caseStatusLabels, type CaseStatus } from '../../../contracts/conduct-vocabulary.js';

export interface ConductFigures {
  opened: number;
  concluded: number;
  dismissed: number;
  reminders: number;
  criticisms: number;
  disciplines: number;
}

/**
 * Conduct cases of the subtree opened in the window, how many of them are concluded or dismissed by now,
 * and the measures decided in the window by kind. Counts only: never a subject's name.
 */
export async function conductFigures(
  db: Db,
  window: { agencyId: string; unitPath: string; fromDate: string; toDate: string; fromInstant: Date; toInstant: Date },
): Promise<ConductFigures> {
  const [row] = await queryRows<ConductFigures>(
    db,
    sql`select
      count(*) filter (where created_at >= ${window.fromInstant} and created_at < ${window.toInstant})::int as opened,
      count(*) filter (where created_at >= ${window.fromInstant} and created_at < ${window.toInstant} and status in ('concluded', 'measure_decided', 'notified', 'closed'))::int as concluded,
      count(*) filter (where created_at >= ${window.fromInstant} and created_at < ${window.toInstant} and status = 'dismissed')::int as dismissed,
      count(*) filter (where measure_kind = 'reminder' and decision_on between ${window.fromDate}::date and ${window.toDate}::date)::int as reminders,
      count(*) filter (where measure_kind = 'criticism' and decision_on between ${window.fromDate}::date and ${window.toDate}::date)::int as criticisms,
      count(*) filter (where measure_kind = 'discipline' and decision_on between ${window.fromDate}::date and ${window.toDate}::date)::int as disciplines
    from conduct_cases
    where agency_id = ${window.agencyId} and subject_unit_path like ${`${window.unitPath}%`}`,
  );
  return row;
}

export interface ConductCaseLine {
  subjectName: string;
  status: string;
  measure: string;
  decisionOn: string | null;
}

const measureText: Record<string, string> = { reminder: 'Nhắc nhở', criticism: 'Phê bình', discipline: 'Kỷ luật' };

const measureOf = (kind: string, formName: string | undefined) => (formName ? `${measureText[kind]}: ${formName}` : measureText[kind]);

/**
 * For a report marked confidential (MẬT) only: the cases of the subtree opened in the window with their
 * subjects' names, status and measure, oldest first. Never the reporter, the description or the evidence.
 */
export async function conductCasesForConfidentialReport(
  db: Db,
  window: { agencyId: string; unitPath: string; fromInstant: Date; toInstant: Date },
): Promise<ConductCaseLine[]> {
  const rows = await queryRows<{
    subjectName: string;
    subjectCategory: SubjectCategory;
    status: string;
    measureKind: string | null;
    disciplineFormCode: string | null;
    decisionOn: string | null;
  }>(
    db,
    sql`select subject_name as "subjectName", subject_category as "subjectCategory", status, measure_kind as "measureKind", discipline_form_code as "disciplineFormCode", decision_on::text as "decisionOn"
    from conduct_cases
    where agency_id = ${window.agencyId} and subject_unit_path like ${`${window.unitPath}%`}
      and created_at >= ${window.fromInstant} and created_at < ${window.toInstant}
    order by created_at, id`,
  );
  return rows.map((row) => ({
    subjectName: row.subjectName,
    status: caseStatusLabels[row.status as CaseStatus]?.vi ?? row.status,
    measure: row.measureKind
      ? measureOf(row.measureKind, row.disciplineFormCode ? findForm(row.subjectCategory, row.disciplineFormCode)?.name : undefined)
      : '',
    decisionOn: row.decisionOn,
  }));
}
