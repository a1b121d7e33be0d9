import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { tasks, unitWeekCounters, unitWorkCounters } from '../../db/schema/index.js';
import { migrationsFolder } from '../../paths.js';
import { createUnit, createUser, uniqueSuffix } from '../../test/factories.js';
import { multipart } from '../../test/http.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

const header = 'Tên nhiệm vụ,Sản phẩm,Mã đơn vị,Email người chủ trì,Ngày giao,Hạn hoàn thành,Ngày hoàn thành,Chất lượng';

/** Ban Nhập liệu with two people who have e-mail addresses; the clock is Monday 02/03/2026. */
async function importUnit() {
  const code = `NL-${uniqueSuffix()}`;
  const unit = await createUnit(t.database.db, f.root, { name: 'Ban Nhập liệu', code });
  const suffix = uniqueSuffix();
  const emails = { hoa: `hoa-${suffix}@congvu.test`, nam: `nam-${suffix}@congvu.test` };
  await createUser(t.database.db, unit, ['staff'], { fullName: 'Phan Thị Hoa', email: emails.hoa });
  await createUser(t.database.db, unit, ['staff'], { fullName: 'Đỗ Văn Nam', email: emails.nam });
  return { unit, code, emails };
}

const send = (client: WorkFixture['clients']['leader'], csv: string, dryRun = false, fileName = 'viec-cu.csv') => {
  const { payload, headers } = multipart(fileName, Buffer.from(csv, 'utf8'), 'text/csv');
  return client.send('POST', `/api/v1/tasks/import?dryRun=${dryRun}`, payload, { headers });
};
const tasksOf = (unitId: string) => t.database.db.select().from(tasks).where(eq(tasks.unitId, unitId)).orderBy(asc(tasks.dueDate));

describe('importing existing tasks', () => {
  test('records past dates and outcomes as history, all rows at once, marked as imported', async () => {
    const { unit, code, emails } = await importUnit();
    const csv = [
      header,
      `Báo cáo quý IV,Báo cáo,${code},${emails.hoa},02/02/2026,13/02/2026,12/02/2026,4`,
      `Rà soát hồ sơ lưu trữ,,${code},${emails.nam},02/02/2026,06/02/2026,20/02/2026,`,
      `Tổng hợp ý kiến cử tri,Bản tổng hợp,${code},${emails.hoa},16/02/2026,20/02/2026,,`,
    ].join('\n');
    const checked = (await send(f.clients.leader, csv, true)).json();
    expect(checked).toMatchObject({ totalRows: 3, validRows: 3, created: 0, errors: [], isCommitted: false });
    expect(await tasksOf(unit.id)).toEqual([]);

    const imported = (await send(f.clients.leader, csv)).json();
    expect(imported).toMatchObject({ totalRows: 3, created: 3, isCommitted: true });
    const rows = await tasksOf(unit.id);
    const shown = await Promise.all(rows.map(async (row) => (await f.clients.leader.get(`/api/v1/tasks/${row.id}`)).json()));
    expect(shown.map((task) => [task.title, task.dueDate, task.status, task.outcome])).toEqual([
      ['Rà soát hồ sơ lưu trữ', '2026-02-06', 'completed', 'completed_late'],
      ['Báo cáo quý IV', '2026-02-13', 'completed', 'completed_on_time'],
      ['Tổng hợp ý kiến cử tri', '2026-02-20', 'in_progress', 'open_overdue'],
    ]);
    const events = (await f.clients.leader.get(`/api/v1/tasks/${rows[1].id}/events`)).json().items;
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'task.imported',
        reason: 'Nhập từ tệp viec-cu.csv, dòng 2',
        after: expect.objectContaining({ status: 'completed', dueDate: '2026-02-13', completedOn: '2026-02-12', grade: 4 }),
      }),
    ]);
    const [counters] = await t.database.db
      .select({
        overdue: sql<number>`sum(${unitWorkCounters.overdue})::int`,
        onTime: sql<number>`sum(${unitWorkCounters.completedOnTime})::int`,
        late: sql<number>`sum(${unitWorkCounters.completedLate})::int`,
      })
      .from(unitWorkCounters)
      .where(eq(unitWorkCounters.unitId, unit.id));
    expect(counters).toEqual({ overdue: 1, onTime: 1, late: 1 });
    // The weekly trend counts each completion in the week it happened, not the week of the import.
    const trend = (await f.clients.leader.get(`/api/v1/tasks/dashboard/trend?unitId=${unit.id}&weeks=5`)).json().weeks;
    expect(
      trend.map((week: { week: string; completedOnTime: number; completedLate: number }) => [week.week, week.completedOnTime, week.completedLate]),
    ).toEqual([
      ['2026-02-02', 0, 0],
      ['2026-02-09', 1, 0],
      ['2026-02-16', 0, 1],
      ['2026-02-23', 0, 0],
      ['2026-03-02', 0, 0],
    ]);

    // Normal creation still refuses a past due date.
    const past = await f.clients.leader.post('/api/v1/tasks', {
      title: 'Việc mới',
      expectedOutput: 'Báo cáo',
      unitId: unit.id,
      ownerId: rows[0].ownerId,
      startDate: '2026-02-02',
      due: { kind: 'date', dueDate: '2026-02-20' },
    });
    expect(past.statusCode).toBe(400);
  });

  test('writes nothing when any row is bad, naming each bad row and field', async () => {
    const { unit, code, emails } = await importUnit();
    const csv = [
      header,
      `Việc đúng,,${code},${emails.hoa},02/02/2026,13/02/2026,,`,
      `,,KHONG-CO,ai@dau.test,31/02/2026,13/02/2026,,`,
      `Hạn trước ngày giao,,${code},${emails.nam},10/02/2026,09/02/2026,,3`,
      `Hoàn thành tương lai,,${code},${emails.nam},02/02/2026,13/02/2026,10/03/2026,9`,
    ].join('\n');
    const report = (await send(f.clients.leader, csv)).json();
    expect(report).toMatchObject({ totalRows: 4, validRows: 1, created: 0, isCommitted: false });
    expect(report.errors.map((error: { row: number; field: string }) => `${error.row}:${error.field}`)).toEqual([
      '3:title',
      '3:unitCode',
      '3:ownerEmail',
      '3:startDate',
      '4:dueDate',
      '4:grade',
      '5:completedOn',
      '5:grade',
    ]);
    expect(await tasksOf(unit.id)).toEqual([]);
  });

  test('keeps a unit head to their units, and refuses other files', async () => {
    const { unit, code, emails } = await importUnit();
    const report = (await send(f.clients.head, `${header}\nViệc,,${code},${emails.hoa},02/02/2026,13/02/2026,,`)).json();
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, field: 'unitCode' })]);
    expect((await send(f.clients.leader, 'x', false, 'viec.txt')).statusCode).toBe(400);
    expect((await send(f.clients.leader, header)).json()).toMatchObject({
      totalRows: 0,
      isCommitted: false,
      errors: [expect.objectContaining({ field: 'file' })],
    });
    expect(await tasksOf(unit.id)).toEqual([]);
  });
});

test('migration 0038 gives imported completions the same weekly counts the import now writes', async () => {
  const { unit, code, emails } = await importUnit();
  const csv = [header, `Báo cáo tháng,Báo cáo,${code},${emails.hoa},02/02/2026,13/02/2026,12/02/2026,4`].join('\n');
  expect((await send(f.clients.leader, csv)).json()).toMatchObject({ created: 1 });
  const weekly = () =>
    t.database.db
      .select({ week: unitWeekCounters.week, onTime: unitWeekCounters.completedOnTime, late: unitWeekCounters.completedLate })
      .from(unitWeekCounters)
      .where(eq(unitWeekCounters.unitId, unit.id));
  const written = await weekly();
  expect(written).toEqual([{ week: '2026-02-09', onTime: 1, late: 0 }]);
  await t.database.db.delete(unitWeekCounters).where(eq(unitWeekCounters.unitId, unit.id));
  await t.database.db.execute(sql.raw(readFileSync(join(migrationsFolder, '0038_week_counters_for_imported_tasks.sql'), 'utf8')));
  // Run on a database where other units' imports are already counted, only this unit's rows are compared.
  expect(await weekly()).toEqual(written);
});
