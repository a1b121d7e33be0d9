import type { CreateReportBody } from '../../../contracts/reports.js';
import type { Actor } from '../../platform/actor.js';
import { auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { findAgencyById, findUnit } from '../org/index.js';
import type { ReportsDeps } from './reports.deps.js';
import { buildReportDocx } from './reports.docx.js';
import { gatherFigures, windowOf } from './reports.figures.js';
import { canReportOn, mayGenerateReports, mayUseConfidentialReports } from './reports.policy.js';
import * as repository from './reports.repository.js';
import { periodWindow } from './reports.rules.js';

/** Queues a draft Directive 24 report for a unit subtree and period; the file is made in the background. */
export async function requestReport(deps: ReportsDeps, actor: Actor, input: CreateReportBody): Promise<string> {
  if (!mayGenerateReports(actor))
    throw forbidden({ vi: 'Chỉ lãnh đạo, trưởng đơn vị, quản trị lập báo cáo', en: 'Only leaders, unit heads and administrators generate reports' });
  const unit = await findUnit(deps.db, actor.agencyId, input.unitId);
  if (!unit || !canReportOn(actor, unit.path))
    throw validationError([
      { field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn', en: 'Unknown unit or outside your scope' } },
    ]);
  if (input.isConfidential && !mayUseConfidentialReports(actor))
    throw forbidden({
      vi: 'Chỉ người được xem mọi vụ việc (lãnh đạo) lập báo cáo đóng dấu mật',
      en: 'Only those who see every conduct case (leaders) generate a confidential report',
    });
  const window = periodWindow(input.period);
  if (window.fromDate > window.toDate)
    throw validationError([{ field: 'body.period.toDate', message: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'The end is before the start' } }]);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  const layout = input.layout ?? (unit.kind === 'party_committee' || unit.kind === 'party_cell' ? 'party' : 'administrative');
  await deps.db.transaction(async (tx) => {
    await repository.insertRun(tx, {
      id,
      agencyId: actor.agencyId,
      requestedByPersonId: actor.personId,
      requestedByName: actor.displayName,
      unitId: unit.id,
      unitPath: unit.path,
      periodKind: input.period.kind,
      periodLabel: window.label,
      fromDate: window.fromDate,
      toDate: window.toDate,
      layout,
      isConfidential: input.isConfidential,
      status: 'queued',
      createdAt: now,
    });
    await recordAction(
      tx,
      { agencyId: actor.agencyId, actor: auditActorOf(actor), now },
      'report.requested',
      { type: 'report_run', id },
      { unitId: unit.id, period: input.period, layout, isConfidential: input.isConfidential },
    );
  });
  deps.jobs.start(() => generateReport(deps, actor.agencyId, id, input.place));
  return id;
}

/** Reads the figures as at now (the data cut-off), writes the .docx into the file store, and keeps the run's progress. */
export async function generateReport(deps: ReportsDeps, agencyId: string, id: string, place: string): Promise<void> {
  const run = await repository.findRun(deps.db, agencyId, id);
  if (!run || run.status !== 'queued') return;
  const cutoff = deps.clock.now();
  try {
    await repository.updateRun(deps.db, id, { status: 'running', percent: 5, dataCutoffAt: cutoff });
    const unit = (await findUnit(deps.db, agencyId, run.unitId))!;
    const agency = await findAgencyById(deps.db, agencyId);
    const window = windowOf(agencyId, run.unitPath, run.fromDate, run.toDate, cutoff);
    const figures = await gatherFigures(deps.db, unit, window, (percent) => repository.updateRun(deps.db, id, { percent }), {
      isConfidential: run.isConfidential,
    });
    const isRoot = unit.parentId === null;
    const buffer = await buildReportDocx(
      {
        layout: run.layout as 'party' | 'administrative',
        parentBody: isRoot ? '' : (agency?.name ?? ''),
        issuingBody: unit.name,
        place: place || 'Hà Nội',
        date: localDateOf(cutoff),
        periodLabel: run.periodLabel,
        fromDate: run.fromDate,
        toDate: run.toDate,
        isConfidential: run.isConfidential,
        dataCutoff: new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(cutoff),
      },
      figures,
    );
    const fileName = `bao-cao-chi-thi-24-${run.fromDate}-${run.toDate}.docx`;
    const stored = await deps.files.store(buffer, fileName);
    await repository.updateRun(deps.db, id, {
      status: 'done',
      percent: 100,
      fileSha256: stored.sha256,
      fileSize: stored.size,
      fileName,
      finishedAt: deps.clock.now(),
    });
  } catch (error) {
    await repository.updateRun(deps.db, id, {
      status: 'failed',
      error: error instanceof Error ? error.message.slice(0, 500) : 'error',
      finishedAt: deps.clock.now(),
    });
  }
}
