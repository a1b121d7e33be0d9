import { and, eq, sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { tasks } from '../../db/schema/index.js';
import { createWorkFixture, type WorkFixture } from '../../test/fixtures/work.js';
import { readDocx, waitForRun } from '../../test/fixtures/reports.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.override('appOptions', { now: new Date('2026-03-02T02:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  f = await createWorkFixture(t.app, t.database.db);
  // Q1 2026 runs 15/12/2025 → 14/03/2026. One task done on time, one left to fall overdue, one in time, one outside.
  const done = await f.assign({ title: 'Việc xong đúng hạn', due: { kind: 'date', dueDate: '2026-03-05' } });
  await f.clients.lan.post(`/api/v1/tasks/${done.id}/accept`, {});
  await f.clients.lan.post(`/api/v1/tasks/${done.id}/submit`, { note: 'Xong' });
  await f.clients.head.post(`/api/v1/tasks/${done.id}/accept-result`, { grade: 4 });
  await f.assign({ title: 'Việc sẽ quá hạn', due: { kind: 'date', dueDate: '2026-03-03' } });
  const extended = await f.assign({ title: 'Việc xin gia hạn', ownerId: f.people.minh.id, due: { kind: 'date', dueDate: '2026-03-13' } });
  await f.clients.minh.post(`/api/v1/tasks/${extended.id}/accept`, {});
  await f.clients.minh.post(`/api/v1/tasks/${extended.id}/extension`, { newDueDate: '2026-03-13', reason: 'Chờ số liệu' });
  await f.assign({ title: 'Việc ngoài kỳ', due: { kind: 'date', dueDate: '2026-04-20' } });
  t.clock.set(new Date('2026-03-10T03:00:00Z'));
  await f.logInAgain();
});

/** Counted directly from the tasks table, with outcomes judged in JavaScript rather than SQL. */
async function directTaskCounts() {
  const rows = await t.database.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.agencyId, f.agencyId), sql`${tasks.dueDate} between '2025-12-15' and '2026-03-14'`, sql`${tasks.status} <> 'cancelled'`));
  const localDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const counts = { completedOnTime: 0, completedLate: 0, openInTime: 0, openOverdue: 0 };
  for (const row of rows) {
    const judged = (row.status === 'completed' || row.status === 'submitted') && row.submittedAt ? localDay(row.submittedAt) : localDay(t.clock.now());
    const late = judged > row.dueDate;
    if (row.status === 'completed') counts[late ? 'completedLate' : 'completedOnTime']++;
    else counts[late ? 'openOverdue' : 'openInTime']++;
  }
  return counts;
}

describe('the periodic Directive 24 report', () => {
  test('a leader generates the quarterly report in the background and downloads a .docx in the administrative layout', async () => {
    const queued = await f.clients.leader.post('/api/v1/reports/runs', { unitId: f.root.id, period: { kind: 'quarter', year: 2026, number: 1 } });
    expect(queued.statusCode).toBe(200);
    expect(queued.json()).toMatchObject({
      status: 'queued',
      percent: 0,
      periodLabel: 'quý I năm 2026',
      fromDate: '2025-12-15',
      toDate: '2026-03-14',
      layout: 'administrative',
      requestedByName: 'Lê Thị Thanh Hà',
    });
    const run = await waitForRun(f.clients.leader, queued.json().id);
    expect(run).toMatchObject({ status: 'done', percent: 100, dataCutoffAt: '2026-03-10T03:00:00.000Z' });
    const file = await f.clients.leader.get(`/api/v1/reports/runs/${run.id}/file`);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const doc = await readDocx(file.rawPayload);
    for (const fixed of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:       /BC-......',
      'Hà Nội, ngày 10 tháng 3 năm 2026',
      'BÁO CÁO',
      'quý I năm 2026',
      'I. TÌNH HÌNH, ĐẶC ĐIỂM',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. HẠN CHẾ',
      'IV. BÀI HỌC',
      'V. PHƯƠNG HƯỚNG',
      'VI. ĐỀ XUẤT',
      'Nơi nhận:',
    ]) {
      expect(doc.text).toContain(fixed);
    }
    expect(doc.text).toContain('[Gợi ý cho người soạn thảo:');
    expect(doc.xml).toContain('Times New Roman');
    // Every table says what it counts.
    expect(doc.text.match(/\(đếm |\(liệt kê /g)?.length).toBe(9);

    const direct = await directTaskCounts();
    const total = doc.rows.find((row) => row[0] === 'Tổng cộng')!;
    expect(total.slice(1).map(Number)).toEqual([
      direct.completedOnTime,
      direct.completedLate,
      direct.openInTime,
      direct.openOverdue,
      direct.completedOnTime + direct.completedLate + direct.openInTime + direct.openOverdue,
    ]);
    expect(direct).toEqual({ completedOnTime: 1, completedLate: 0, openInTime: 1, openOverdue: 1 });
    const department = doc.rows.find((row) => row[0] === 'Ban Tuyên giáo')!;
    expect(department.slice(1).map(Number)).toEqual([1, 0, 1, 1, 3]);
    const [{ requested }] = (
      (await t.database.db.execute(
        sql`select count(*)::int as requested from task_events where agency_id = ${f.agencyId} and kind = 'task.extension_requested'`,
      )) as unknown as { rows: { requested: number }[] }
    ).rows;
    expect(doc.rows.find((row) => row[0] === 'Gia hạn')![1]).toBe(String(requested));
    const [{ received }] = (
      (await t.database.db.execute(sql`select count(*)::int as received from public_reports where agency_id = ${f.agencyId}`)) as unknown as {
        rows: { received: number }[];
      }
    ).rows;
    expect(doc.rows.find((row) => row[0] === 'Phản ánh nhận được')![1]).toBe(String(received));
    expect(doc.text).not.toContain('Nguyễn Thị Lan');
    expect(doc.text).not.toContain('Việc sẽ quá hạn');
  });

  test('writes the Party layout for a Party body', async () => {
    const queued = (
      await f.clients.leader.post('/api/v1/reports/runs', { unitId: f.root.id, period: { kind: 'month', year: 2026, number: 3 }, layout: 'party' })
    ).json();
    const run = await waitForRun(f.clients.leader, queued.id);
    const doc = await readDocx((await f.clients.leader.get(`/api/v1/reports/runs/${run.id}/file`)).rawPayload);
    expect(doc.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(doc.text).toContain('Số       -BC/......');
    expect(doc.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.text).toContain('tháng 03 năm 2026');
  });

  test('lists runs in scope and refuses the others', async () => {
    const mine = await f.clients.head.post('/api/v1/reports/runs', {
      unitId: f.department.id,
      period: { kind: 'range', fromDate: '2026-03-01', toDate: '2026-03-31' },
    });
    expect(mine.statusCode).toBe(200);
    await waitForRun(f.clients.head, mine.json().id);
    expect((await f.clients.head.post('/api/v1/reports/runs', { unitId: f.other.id, period: { kind: 'year', year: 2026 } })).statusCode).toBe(400);
    expect((await f.clients.lan.post('/api/v1/reports/runs', { unitId: f.department.id, period: { kind: 'year', year: 2026 } })).statusCode).toBe(403);
    const leaderRuns = (await f.clients.leader.get('/api/v1/reports/runs')).json();
    expect(leaderRuns.items.length).toBe(3);
    const headRuns = (await f.clients.head.get('/api/v1/reports/runs')).json();
    expect(headRuns.items.map((r: { id: string }) => r.id)).toEqual([mine.json().id]);
    const lanRuns = (await f.clients.lan.get('/api/v1/reports/runs')).json();
    expect(lanRuns).toEqual({ items: [], canGenerate: false, canGenerateConfidential: false });
    const leaderRun = leaderRuns.items.find((r: { id: string }) => r.id !== mine.json().id).id;
    expect((await f.clients.head.get(`/api/v1/reports/runs/${leaderRun}`)).statusCode).toBe(404);
    expect((await f.clients.outsider.get(`/api/v1/reports/runs/${mine.json().id}/file`)).statusCode).toBe(404);
  });

  test.each([
    ['a month 13', { kind: 'month', year: 2026, number: 13 }, 'body.period.number'],
    ['a range ending before it starts', { kind: 'range', fromDate: '2026-03-31', toDate: '2026-03-01' }, 'body.period.toDate'],
    ['an unknown kind', { kind: 'week', year: 2026 }, 'body.period.kind'],
  ])('answers 400 for %s', async (_name, period, field) => {
    const response = await f.clients.leader.post('/api/v1/reports/runs', { unitId: f.root.id, period });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  test('refuses a bad id, no session, and a file not ready', async () => {
    expect((await f.clients.leader.get('/api/v1/reports/runs/abc')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/runs' })).statusCode).toBe(401);
    expect((await f.clients.leader.get('/api/v1/reports/runs/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
