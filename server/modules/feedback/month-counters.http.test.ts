import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe } from 'vitest';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { migrationsFolder } from '../../paths.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { DomainError } from '../../platform/errors.js';
import { createFileStore } from '../../platform/files.js';
import { api, login } from '../../test/http.js';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';
import { actorOfUsername } from '../auth/index.js';
import type { FeedbackDeps } from './feedback.deps.js';
import { rateAnswer, submitReport } from './feedback.public.js';
import { feedbackFigures } from './feedback.report-figures.js';
import { type MonthFigures, monthlyFeedbackFigures } from './feedback.month-counters.js';
import { acceptReport, answerReport, rejectReport, routeReport } from './feedback.service.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

type CounterRow = MonthFigures;
const HOUR = 3_600_000;
const byKey = (rows: CounterRow[]) => [...rows].sort((a, b) => `${a.unitId}${a.month}`.localeCompare(`${b.unitId}${b.month}`));

const countersOf = async (db: Db | Tx, agencyId: string) =>
  byKey(
    await queryRows<CounterRow>(
      db,
      sql`select unit_id as "unitId", month, received, accepted_in_time as "acceptedInTime", answered, rejected, rating_sum as "ratingSum", rating_count as "ratingCount"
      from feedback_unit_month_counters where agency_id = ${agencyId}
        and (received, accepted_in_time, answered, rejected, rating_sum, rating_count) <> (0, 0, 0, 0, 0, 0)`,
    ),
  );

/** The same figures counted straight from the reports, by the definitions of `feedbackFigures`. */
const directCountOf = async (db: Db, agencyId: string) =>
  byKey(
    await queryRows<CounterRow>(
      db,
      sql`select unit_id as "unitId", to_char(received_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, count(*)::int as received,
        count(*) filter (where accepted_at is not null and accepted_at <= accept_due_at)::int as "acceptedInTime",
        count(answered_at)::int as answered, count(*) filter (where status = 'rejected')::int as rejected,
        coalesce(sum(rating_score), 0)::int as "ratingSum", count(rating_score)::int as "ratingCount"
      from public_reports where agency_id = ${agencyId} group by 1, 2`,
    ),
  );

/** Commands the rules refuse in the report's state change nothing; anything else is a failure. */
async function refusedOrDone(command: Promise<unknown>) {
  await command.catch((error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
  });
}

const CATEGORIES = ['delay', 'attitude', 'avoiding_responsibility', 'other'] as const;
const UNITS = ['team', 'department', 'other', 'inspection'] as const;

describe('feedback monthly counters', () => {
  test('equal a direct count of the reports after any sequence of receipts, steps, ratings and unit moves', async () => {
    const db = t.database.db;
    const deps: FeedbackDeps = {
      db,
      clock: t.clock,
      calendars: createCalendarCache(db),
      files: createFileStore(mkdtempSync(join(tmpdir(), 'feedback-counters-'))),
      identityKey: randomBytes(32),
    };
    const inspector = await actorOfUsername(deps, f.people.inspector.username);
    const reports: { id: string; trackingCode: string }[] = [];
    // Steps mostly touch the latest reports, so that many get as far as an answer and a rating.
    const pick = (index: number) => reports[Math.max(0, reports.length - 1 - index)];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('submit' as const), unit: fc.constantFrom(...UNITS), category: fc.constantFrom(...CATEGORIES) }),
      fc.record({ kind: fc.constantFrom('accept' as const, 'reject' as const, 'route' as const, 'answer' as const), index: fc.nat(2) }),
      // A report taken all the way: accepted, answered and rated (each step refused when already done).
      fc.record({ kind: fc.constant('rate' as const), index: fc.nat(2), score: fc.integer({ min: 1, max: 5 }) }),
      // Hours up to three weeks: acceptance limits are passed or kept, and months go by.
      fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 500 }) }),
      fc.record({ kind: fc.constant('move' as const), parent: fc.constantFrom('department' as const, 'other' as const) }),
    );
    type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
    const ANSWER = 'Đơn vị đã giải quyết xong hồ sơ và xin lỗi người dân.';
    async function run(s: Step) {
      if (s.kind === 'submit') {
        const { trackingCode, reference } = await submitReport(deps, {
          agencyId: f.agencyId,
          unitId: f.units[s.unit].id,
          category: s.category,
          officialName: '',
          content: 'Hồ sơ nộp đã quá hẹn nhưng chưa có kết quả, gọi điện không ai nghe máy.',
          occurredOn: '2026-03-01',
          isAnonymous: true,
          website: '',
        });
        const [row] = await queryRows<{ id: string }>(db, sql`select id from public_reports where reference = ${reference}`);
        reports.push({ id: row.id, trackingCode });
      } else if (s.kind === 'wait') t.clock.advanceMs(s.hours * HOUR);
      else if (s.kind === 'move') {
        const admin = api(t.app, await login(t.app, f.people.admin.username));
        expect((await admin.post(`/api/v1/units/${f.units.team.id}/move`, { parentId: f.units[s.parent].id })).statusCode).toBe(200);
      } else if (reports.length > 0) {
        const report = pick(s.index);
        if (s.kind === 'accept') await acceptReport(deps, inspector, report.id);
        else if (s.kind === 'reject') await rejectReport(deps, inspector, report.id, 'Nội dung là tố cáo, gửi theo kênh tố cáo');
        else if (s.kind === 'route') await routeReport(deps, inspector, report.id, { unitId: f.units.other.id, handlerPersonId: null, note: '' });
        else if (s.kind === 'answer') await answerReport(deps, inspector, report.id, ANSWER);
        else if (s.kind === 'rate') {
          await refusedOrDone(acceptReport(deps, inspector, report.id));
          await refusedOrDone(answerReport(deps, inspector, report.id, ANSWER));
          await rateAnswer(deps, report.trackingCode, s.score, '');
        }
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 30 }), async (steps) => {
        for (const s of steps) await refusedOrDone(run(s));
        expect(await countersOf(db, f.agencyId)).toEqual(await directCountOf(db, f.agencyId));
      }),
      { numRuns: 6 },
    );
    // Over whole months, the accountability figures from counters equal feedbackFigures over the reports, for every subtree.
    const [span] = await queryRows<{ fromMonth: string; toMonth: string }>(
      db,
      sql`select min(month) as "fromMonth", max(month) as "toMonth" from feedback_unit_month_counters where agency_id = ${f.agencyId}`,
    );
    const startOf = (month: string, add = 0) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + add, 1) - 7 * HOUR);
    for (const unit of [f.root, ...Object.values(f.units)]) {
      const [{ path }] = await queryRows<{ path: string }>(db, sql`select path from units where id = ${unit.id}`);
      const window = { agencyId: f.agencyId, unitPath: path };
      expect(await monthlyFeedbackFigures(db, { ...window, ...span })).toEqual(
        await feedbackFigures(db, { ...window, fromInstant: startOf(span.fromMonth), toInstant: startOf(span.toMonth, 1) }),
      );
    }
  });

  test('are rebuilt by the migration’s backfill to the same numbers the write path keeps', async () => {
    const db = t.database.db;
    const first = await f.submit({ category: 'delay' });
    const second = await f.submit({ category: 'attitude', unitId: f.units.other.id });
    await f.submit({ category: 'other', unitId: f.units.department.id });
    await f.clients.inspector.post(`/api/v1/feedback/reports/${first.id}/accept`);
    const answered = await f.clients.inspector.post(`/api/v1/feedback/reports/${first.id}/answer`, {
      answer: 'Hồ sơ đã được giải quyết, đơn vị xin lỗi người dân.',
    });
    expect(answered.statusCode).toBe(200);
    expect((await f.publicClient.post('/api/v1/public/feedback/track/rating', { code: first.trackingCode, score: 4 })).statusCode).toBe(200);
    t.clock.advanceMs(30 * HOUR);
    const inspector = api(t.app, await login(t.app, f.people.inspector.username));
    await inspector.post(`/api/v1/feedback/reports/${second.id}/accept`);
    const kept = await countersOf(db, f.agencyId);
    expect(kept).toEqual(await directCountOf(db, f.agencyId));
    expect(kept.reduce((sum, row) => sum + row.received, 0)).toBe(3);
    expect(kept.reduce((sum, row) => sum + row.answered, 0)).toBe(1);

    const migration = readFileSync(
      join(
        migrationsFolder,
        readdirSync(migrationsFolder).find((name) => name.endsWith('_feedback_month_counters.sql'))!,
      ),
      'utf8',
    );
    const backfill = migration.split('--> statement-breakpoint').find((statement) => statement.includes('-- Backfill'))!;
    let rebuilt: CounterRow[] = [];
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from feedback_unit_month_counters`);
        await tx.execute(sql.raw(backfill));
        rebuilt = await countersOf(tx, f.agencyId);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || !/rollback/i.test(error.message)) throw error;
      });
    expect(rebuilt).toEqual(kept);

    // The public accountability figures of the department's subtree come from these counters.
    const published = await api(t.app, await login(t.app, f.people.leader.username)).put(`/api/v1/reports/accountability/units/${f.units.department.id}`, {
      isPublished: true,
    });
    expect(published.json()).toMatchObject([{ reportsReceived: 2, reportsAcceptedInTime: 1, reportsAnswered: 1, averageRating: 4 }]);
  });
});
