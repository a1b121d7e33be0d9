import type { z } from 'zod';
import { feedbackCategoryInfo, type openCaseFromReportBody } from '../../../contracts/feedback.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { validationError } from '../../platform/errors.js';
import { openCase } from '../conduct/index.js';
import type { FeedbackDeps } from './feedback.deps.js';
import * as repository from './feedback.repository.js';
import { runStep } from './feedback.service.js';

/**
 * Opens a conduct case from a report (source `public_report`, linked both ways), in the same
 * transaction as the report's step. The reporter's identity is not copied into the case: it stays
 * sealed here, and the handling inspector reads it through the audited identity route.
 */
export async function openCaseFromReport(deps: FeedbackDeps, actor: Actor, id: string, body: z.infer<typeof openCaseFromReportBody>) {
  await runStep(deps, actor, id, { name: 'openCase' }, async (tx, report, { now }) => {
    const code = body.manifestationCode ?? report.manifestationCode;
    if (!code) {
      throw validationError([
        {
          field: 'body.manifestationCode',
          message: {
            vi: 'Chọn biểu hiện vi phạm (phân loại hoặc nhập mã) trước khi mở vụ việc',
            en: 'Choose the manifestation (classify, or give its code) before opening a case',
          },
        },
      ]);
    }
    const catalog = (await repository.catalogKindOf(tx, actor.agencyId, code)) ?? 'directive';
    const category = feedbackCategoryInfo[report.category].label;
    const opened = await openCase(
      { db: deps.db, clock: deps.clock, calendars: deps.calendars },
      actor,
      {
        subject: report.subjectPersonId ? { kind: 'person', personId: report.subjectPersonId } : { kind: 'unit', unitId: report.unitId },
        title: `Phản ánh ${report.reference}: ${category.vi}`.slice(0, 300),
        description: [report.content, body.note].filter(Boolean).join('\n\n'),
        items: [{ catalog, code }],
        source: 'public_report',
        sourceId: report.id,
        sourceReference: report.reference,
        reporter: { name: '', contact: '', isAnonymous: report.isAnonymous },
        detectedOn: localDateOf(now),
        violationOn: report.occurredOn <= localDateOf(now) ? report.occurredOn : undefined,
      },
      tx,
    );
    return { values: { caseId: opened.id, manifestationCode: code }, reason: body.note || null, change: { caseId: opened.id, manifestationCode: code } };
  });
}
