import type { Actor } from '../../platform/actor.js';
import { auditActorOf, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { invalidState, notFound } from '../../platform/errors.js';
import type { ReportsDeps } from './reports.deps.js';
import { canSeeRun, mayGenerateReports, mayUseConfidentialReports } from './reports.policy.js';
import { toReportRun } from './reports.presenter.js';
import * as repository from './reports.repository.js';

const runNotFound = () => notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function listRuns(deps: Pick<ReportsDeps, 'db'>, actor: Actor) {
  const wholeAgency = hasRole(actor, 'leader', 'agency_admin', 'system_admin');
  const scope = wholeAgency ? null : { personId: actor.personId, paths: hasRole(actor, 'unit_head') ? actor.managedUnitPaths : [] };
  const rows = await repository.latestRuns(deps.db, actor.agencyId, scope, { withConfidential: mayUseConfidentialReports(actor) });
  return {
    items: rows.map(toReportRun),
    canGenerate: mayGenerateReports(actor),
    canGenerateConfidential: mayGenerateReports(actor) && mayUseConfidentialReports(actor),
  };
}

async function visibleRun(deps: Pick<ReportsDeps, 'db'>, actor: Actor, id: string) {
  const row = await repository.findRun(deps.db, actor.agencyId, id);
  if (!row || !canSeeRun(actor, row)) throw runNotFound();
  return row;
}

export async function getRun(deps: Pick<ReportsDeps, 'db'>, actor: Actor, id: string) {
  return toReportRun(await visibleRun(deps, actor, id));
}

export async function readRunFile(deps: ReportsDeps, actor: Actor, id: string) {
  const row = await visibleRun(deps, actor, id);
  if (row.status !== 'done' || !row.fileSha256 || !row.fileName)
    throw invalidState('report_not_ready', { vi: 'Báo cáo chưa tạo xong', en: 'The report is not ready yet' });
  // Names of people under review are sensitive: every read of a confidential report is recorded.
  if (row.isConfidential)
    await deps.db.transaction((tx) =>
      recordAction(
        tx,
        { agencyId: actor.agencyId, actor: auditActorOf(actor), now: deps.clock.now() },
        'report.confidential_read',
        { type: 'report_run', id },
        {},
      ),
    );
  return { content: await deps.files.read(row.fileSha256), fileName: row.fileName, contentType: DOCX_TYPE };
}
