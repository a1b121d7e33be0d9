import type { ReportRun } from '../../../contracts/reports.js';
import type { ReportRunRow } from './reports.repository.js';

export function toReportRun(row: ReportRunRow): ReportRun {
  return {
    id: row.id,
    status: row.status,
    percent: row.percent,
    unitId: row.unitId,
    periodKind: row.periodKind,
    periodLabel: row.periodLabel,
    fromDate: row.fromDate,
    toDate: row.toDate,
    layout: row.layout as ReportRun['layout'],
    isConfidential: row.isConfidential,
    requestedByName: row.requestedByName,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    dataCutoffAt: row.dataCutoffAt?.toISOString() ?? null,
    fileName: row.fileName,
    error: row.error,
  };
}
