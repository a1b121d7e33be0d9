import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client.js';
import { addCalendarDays, localDateOf } from '../server/platform/calendar/dates.js';
import { foldForSearch } from '../server/platform/search-text.js';
import { uniqueSuffix } from '../server/test/factories.js';
import { api, login } from '../server/test/http.js';
import { createTestApp, type TestApp } from '../server/test/test-app.js';
import { FastCalendar } from './generate/calendar.js';
import { generate, SEARCH_TERMS, type GenerateResult } from './generate.js';

type Item = { id: string; title: string; signals: { kind: string }[] };

describe('bench data generator (tiny scale)', () => {
  let t: TestApp;
  let result: GenerateResult;
  type BenchRole = GenerateResult['logins'][number]['role'];
  const credentials = (role: BenchRole) => result.logins.find((l) => l.role === role)!;
  const session = async (role: BenchRole) => api(t.app, await login(t.app, credentials(role).username, credentials(role).password));

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-24T03:00:00Z') });
    const suffix = uniqueSuffix();
    // Ids come from the seed, so a second run on the same PostgreSQL database needs another seed.
    const seed = Date.now() % 2 ** 31;
    console.info(`bench generator smoke test: seed ${seed}`);
    result = await generate(t.database.db, { scale: 'tiny', seed, now: t.clock.now(), usernamePrefix: `t${suffix}-`, agencyCode: `BENCH-${suffix}` });
  });
  afterAll(() => t?.close());

  it('lists exactly the bench staff member’s open tasks under "my open tasks", with the signals stored for them', async () => {
    const staff = await session('staff');
    const seen: Item[] = [];
    let cursor: string | null = null;
    do {
      const query = `view=mine&status=assigned&status=in_progress&status=submitted&limit=25${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await staff.get(`/api/v1/tasks?${query}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: Item[]; nextCursor: string | null };
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const rows = await queryRows<{ id: string; signal_kinds: string[] }>(
      t.database.db,
      sql`
      select id, signal_kinds from tasks where owner_id = ${result.bench.staffPersonId} and status in ('assigned', 'in_progress', 'submitted')`,
    );
    expect(seen.length).toBeGreaterThanOrEqual(result.scale.staffOpen + result.scale.staffAssigned);
    expect(new Set(seen.map((item) => item.id))).toEqual(new Set(rows.map((row) => row.id)));
    const stored = new Map(rows.map((row) => [row.id, row.signal_kinds]));
    for (const item of seen) expect(item.signals.map((s) => s.kind)).toEqual(stored.get(item.id));
  });

  it('shows dashboard counters equal to a direct count of the tasks', async () => {
    const leader = await session('leader');
    const response = await leader.get('/api/v1/tasks/dashboard');
    expect(response.statusCode).toBe(200);
    const [root] = (response.json() as { units: Record<string, number>[] }).units;
    const [expected] = await queryRows<Record<string, number>>(
      t.database.db,
      sql`
      select count(*) filter (where status in ('assigned', 'in_progress', 'submitted'))::int as open,
        count(*) filter (where status in ('assigned', 'in_progress', 'submitted')
          and coalesce(case when status = 'submitted' then submitted_at end, ${t.clock.now()}) >= ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')::int as overdue,
        count(*) filter (where status = 'completed' and submitted_at < ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')::int as "completedOnTime",
        count(*) filter (where status = 'completed' and submitted_at >= ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')::int as "completedLate",
        coalesce(sum(transfer_count), 0)::int as transfers, coalesce(sum(extension_count), 0)::int as extensions
      from tasks where agency_id = ${result.agencyId}`,
    );
    expect(expected.completedOnTime).toBeGreaterThan(0);
    expect(expected.open).toBeGreaterThan(0);
    for (const key of Object.keys(expected)) expect({ [key]: root[key] }).toEqual({ [key]: expected[key] });
  });

  it('shows campaign coverage counters equal to a direct count of the assignments, per unit', async () => {
    const leader = await session('leader');
    expect(result.bench.campaignIds.length).toBe(result.scale.campaigns);
    for (const campaignId of result.bench.campaignIds) {
      const response = await leader.get(`/api/v1/campaigns/${campaignId}/coverage`);
      expect(response.statusCode).toBe(200);
      const coverage = response.json() as { overall: Record<string, number> };
      // The coverage answer sums subtrees a few levels deep; each unit's own counters come page by page.
      const own = await leader.get(`/api/v1/campaigns/${campaignId}/coverage/units?limit=100`);
      const units = own.json() as { items: ({ unit: { id: string } } & Record<string, number>)[]; nextCursor: string | null };
      expect(units.nextCursor).toBeNull();
      const expected = await queryRows<{ unitId: string } & Record<string, number>>(
        t.database.db,
        sql`
        select a.unit_id as "unitId", count(*)::int as assigned, count(a.opened_at)::int as read, count(a.acknowledged_at)::int as acknowledged,
          count(a.committed_at)::int as committed, count(a.quiz_passed_at)::int as passed, count(*) filter (where a.is_done)::int as done
        from dissemination_assignments a where a.campaign_id = ${campaignId} group by a.unit_id`,
      );
      const keys = ['assigned', 'read', 'acknowledged', 'committed', 'passed', 'done'];
      const shown = new Map(units.items.map((unit) => [unit.unit.id, Object.fromEntries(keys.map((key) => [key, unit[key]]))]));
      expect(shown).toEqual(new Map(expected.map(({ unitId, ...counts }) => [unitId, counts])));
      expect(coverage.overall.assigned).toBe(result.counts.people);
    }
  });

  it('lists the bench staff member’s pending campaigns', async () => {
    const staff = await session('staff');
    const response = await staff.get('/api/v1/dissemination/mine?state=pending&limit=20');
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: { campaign: { id: string } }[] }).items;
    expect(items.length).toBeGreaterThanOrEqual(Math.min(2, result.scale.campaigns));
  });

  it('answers an inspector’s case list with a filter, exactly the cases of that state they may see', async () => {
    const inspector = await session('inspector');
    const all = await inspector.get('/api/v1/conduct/cases?limit=100');
    expect(all.statusCode).toBe(200);
    const items = (all.json() as { items: { id: string; status: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    const status = items[0].status;
    const filtered = await inspector.get(`/api/v1/conduct/cases?status=${status}&limit=100`);
    expect(filtered.statusCode).toBe(200);
    const [expected] = await queryRows<{ n: number }>(
      t.database.db,
      sql`
      select count(*)::int as n from conduct_cases where agency_id = ${result.agencyId} and status = ${status}
        and (confidentiality = 'normal' or handling_inspector_id = ${result.bench.inspectorPersonId})`,
    );
    expect((filtered.json() as { items: { status: string }[] }).items.map((item) => item.status)).toEqual(Array(expected.n).fill(status));
    const [{ kinds }] = await queryRows<{ kinds: number }>(
      t.database.db,
      sql`select count(distinct status)::int as kinds from conduct_cases where agency_id = ${result.agencyId}`,
    );
    expect(kinds).toBeGreaterThan(3);
  });

  it('queues every public report for the inspector, oldest first, in several states, each report open as the module shows it', async () => {
    const inspector = await session('inspector');
    const queue = await inspector.get('/api/v1/feedback/reports?limit=100');
    expect(queue.statusCode).toBe(200);
    const items = (queue.json() as { items: { id: string; status: string; receivedAt: string }[] }).items;
    const rows = await queryRows<{ id: string }>(
      t.database.db,
      sql`
      select id from public_reports where agency_id = ${result.agencyId} order by received_at, id`,
    );
    expect(rows).toHaveLength(result.scale.reports);
    expect(items.map((item) => item.id)).toEqual(rows.map((row) => row.id));
    expect(new Set(items.map((item) => item.status)).size).toBeGreaterThan(1);
    const waiting = await inspector.get('/api/v1/feedback/reports?status=received&limit=100');
    expect((waiting.json() as { items: { status: string }[] }).items.every((item) => item.status === 'received')).toBe(true);
    const answered = items.find((item) => item.status === 'answered')!;
    const report = await inspector.get(`/api/v1/feedback/reports/${answered.id}`);
    expect(report.statusCode).toBe(200);
    expect((report.json() as { events: { kind: string }[] }).events.map((event) => event.kind)).toEqual(['received', 'accepted', 'routed', 'answered']);
  });

  it('finds tasks on the unit board by a search without diacritics', async () => {
    const head = await session('head');
    const term = SEARCH_TERMS[0];
    const response = await head.get(`/api/v1/tasks?view=unit&unitId=${result.bench.unitId}&q=${encodeURIComponent(term)}&limit=50`);
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Item[] }).items;
    for (const item of items) expect(foldForSearch(item.title)).toContain(term);
  });

  it('does working-day arithmetic exactly like the server calendar', () => {
    const fast = new FastCalendar();
    for (let i = 0; i < 300; i++) {
      const day = addCalendarDays('2023-01-01', i * 5);
      const other = addCalendarDays(day, (i % 40) - 10);
      expect([fast.addWorkingDays(day, i % 30), fast.previousWorkingDay(day), fast.workingDaysBetween(day, other), fast.isWorkingDay(day)]).toEqual([
        fast.slow.addWorkingDays(day, i % 30),
        fast.slow.previousWorkingDay(day),
        fast.slow.workingDaysBetween(day, other) + 0,
        fast.slow.isWorkingDay(day),
      ]);
    }
    expect(localDateOf(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-24');
  });
});
