import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agencies, publicReports } from '../../db/schema/index.js';
import type { Clock } from '../../platform/clock.js';
import { notifyPeople } from '../notifications/index.js';
import { handlersToNotify, TRIAGE_NOTICE_ROLE } from './feedback.notices.js';
import * as repository from './feedback.repository.js';

const BATCH = 100;

export interface OverdueAcceptanceDeps {
  db: Db;
  clock: Clock;
}

/**
 * Reports still waiting to be accepted after their 8 working hours: whoever would handle each one
 * (its handler, else the routed unit's managers) and the inspectors who triage are told, once per
 * report. It runs with every sweep check, minutes apart, because the limit is counted in hours.
 */
export async function noticeOverdueAcceptance(deps: OverdueAcceptanceDeps, agencyId: string): Promise<number> {
  let noticed = 0;
  for (;;) {
    const now = deps.clock.now();
    const count = await deps.db.transaction(async (tx) => {
      const batch = await tx
        .select()
        .from(publicReports)
        // The status as a literal: a generic plan could not match it to the partial index's predicate.
        .where(
          and(
            eq(publicReports.agencyId, agencyId),
            sql`${publicReports.status} = 'received'`,
            isNull(publicReports.acceptOverdueNoticedAt),
            lt(publicReports.acceptDueAt, now),
          ),
        )
        .orderBy(asc(publicReports.acceptDueAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      const triage = batch.length > 0 ? await repository.personIdsWithRole(tx, agencyId, TRIAGE_NOTICE_ROLE) : [];
      for (const report of batch) {
        const people = [...(await handlersToNotify(tx, report)), ...triage].filter((id) => id !== report.subjectPersonId);
        await notifyPeople(tx, {
          agencyId,
          personIds: people,
          kind: 'public_report_accept_overdue',
          title: {
            vi: `Quá 8 giờ làm việc chưa tiếp nhận phản ánh ${report.reference}`,
            en: `Public report ${report.reference} not accepted within 8 working hours`,
          },
          subject: { type: 'public_report', id: report.id },
          dedupeKey: `public_report_accept_overdue:${report.id}`,
          now,
        });
        await repository.updateReport(tx, report.id, { acceptOverdueNoticedAt: now });
      }
      return batch.length;
    });
    noticed += count;
    if (count < BATCH) return noticed;
  }
}

export async function noticeOverdueAcceptanceForAllAgencies(deps: OverdueAcceptanceDeps) {
  const rows = await deps.db.select({ id: agencies.id }).from(agencies);
  for (const { id } of rows) await noticeOverdueAcceptance(deps, id);
}
