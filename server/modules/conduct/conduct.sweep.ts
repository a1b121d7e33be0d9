import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { agencies, conductCases } from '../../db/schema/index.js';
import { canonicalJson } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { notifyPeople } from '../notifications/index.js';
import { type ConductDeps } from './conduct.deps.js';
import * as repository from './conduct.repository.js';
import { computeCaseSignals } from './conduct.signals.js';
import { computeSuggestions } from './conduct.suggestions.js';

const JOB = 'conduct.daily';
const BATCH = 500;

const SIGNAL_TITLES: Record<string, { vi: string; en: string }> = {
  handling_due_soon: { vi: 'Sắp hết thời hạn xử lý', en: 'Handling limit near' },
  handling_overdue: { vi: 'Quá thời hạn xử lý', en: 'Handling limit passed' },
  explanation_overdue: { vi: 'Quá hạn giải trình', en: 'Explanation overdue' },
  appeal_window_ended: { vi: 'Hết thời hạn khiếu nại, có thể kết thúc', en: 'Appeal window ended: ready to close' },
  statute_warning: { vi: 'Cảnh báo thời hiệu', en: 'Statute of limitations warning' },
};

/**
 * Daily, once per agency and local date (platform/jobs.ts claim): recomputes the signals of every
 * case still open (overdue steps move by time alone), tells the handling inspector of each new one
 * (dedupe keys: never twice for the same facts), then computes suggestions from the work data.
 */
export async function runConductDaily(deps: ConductDeps, agencyId: string, runKey?: string) {
  const now = deps.clock.now();
  const key = runKey ?? localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, key, now))) return { ran: false, checked: 0, changed: 0, suggestions: 0 };
  const today = localDateOf(now);
  let after: string | null = null;
  let checked = 0;
  let changed = 0;
  for (;;) {
    const batch: repository.CaseRow[] = await deps.db
      .select()
      .from(conductCases)
      .where(
        and(eq(conductCases.agencyId, agencyId), sql`${conductCases.status} not in ('closed', 'dismissed')`, after ? gt(conductCases.id, after) : undefined),
      )
      .orderBy(asc(conductCases.id))
      .limit(BATCH);
    if (batch.length === 0) break;
    await deps.db.transaction(async (tx) => {
      for (const row of batch) {
        const signals = computeCaseSignals(row, today);
        if (canonicalJson(row.signals) === canonicalJson(signals)) continue;
        changed++;
        await repository.updateCase(tx, row.id, { signals, signalKinds: signals.map((signal) => signal.kind) });
        for (const signal of signals) {
          if (!row.handlingInspectorId) continue;
          const label = SIGNAL_TITLES[signal.kind];
          await notifyPeople(tx, {
            agencyId,
            personIds: [row.handlingInspectorId],
            kind: 'conduct_signal',
            now,
            subject: { type: 'conduct_case', id: row.id },
            title: { vi: `${label.vi}: ${row.title}`, en: `${label.en}: ${row.title}` },
            dedupeKey: `conduct:${row.id}:${signal.kind}:${signal.since ?? signal.detail}`,
          });
        }
      }
    });
    checked += batch.length;
    after = batch[batch.length - 1].id;
  }
  const suggestions = await computeSuggestions(deps, agencyId);
  await finishJobRun(deps.db, agencyId, JOB, key, deps.clock.now(), { checked, changed, suggestions: suggestions.created });
  return { ran: true, checked, changed, suggestions: suggestions.created };
}

/** Runs the daily conduct job for every agency; the server calls it on its sweep timer. */
export async function conductDailyAllAgencies(deps: ConductDeps) {
  const rows = await deps.db.select({ id: agencies.id }).from(agencies);
  for (const { id } of rows) await runConductDaily(deps, id);
}
