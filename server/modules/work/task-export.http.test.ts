import { describe } from 'vitest';
import { api } from '../../test/http.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

describe('task list exports', () => {
  test('give the owner "Việc của tôi" with its filters, dates as date cells', async () => {
    await f.assign({ title: 'Báo cáo sơ kết quý I', due: { kind: 'date', dueDate: '2026-03-20' } });
    await f.assign({ title: 'Việc của anh Minh', ownerId: f.people.minh.id });
    const response = await f.clients.lan.get('/api/v1/tasks/export.xlsx?view=mine&status=assigned');
    expect(response.headers['content-disposition']).toContain('viec-cua-toi-02-03-2026.xlsx');
    expect(response.headers['x-export-rows']).toBe('1');
    const { headers, rows } = await readExport(response);
    expect(headers.slice(0, 3)).toEqual(['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Người chủ trì']);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('Báo cáo sơ kết quý I');
    const due = rows[0]![headers.indexOf('Hạn hoàn thành')];
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString()).toBe('2026-03-20T00:00:00.000Z');
    const none = await readExport(await f.clients.lan.get('/api/v1/tasks/export.xlsx?view=mine&status=completed'));
    expect(none.rows).toHaveLength(0);
  });

  test('give the unit board in English, scoped as the board is: an outsider gets only what their board shows', async () => {
    await f.assign({ title: 'Việc phối hợp', collaboratorIds: [f.people.outsider.id] });
    await f.assign({ title: 'Việc nội bộ của Ban' });
    const head = await readExport(await f.clients.head.get(`/api/v1/tasks/export.xlsx?view=unit&unitId=${f.department.id}&lang=en`));
    expect(head.headers[0]).toBe('Title');
    expect(head.rows.map((row) => row[0]).sort()).toEqual(['Việc nội bộ của Ban', 'Việc phối hợp']);
    const outsiderBoard = (await f.clients.outsider.get(`/api/v1/tasks?view=unit&unitId=${f.department.id}`)).json().items;
    const outsider = await readExport(await f.clients.outsider.get(`/api/v1/tasks/export.xlsx?view=unit&unitId=${f.department.id}`));
    expect(outsider.rows.map((row) => row[0])).toEqual(outsiderBoard.map((task: { title: string }) => task.title));
    expect(outsider.rows.map((row) => row[0])).toEqual(['Việc phối hợp']);
  });

  test('refuse a visitor without a session and a bad filter with a problem, not a file', async () => {
    expect((await api(t.app, null).get('/api/v1/tasks/export.xlsx')).statusCode).toBe(401);
    const bad = await f.clients.head.get('/api/v1/tasks/export.xlsx?view=unit&unitId=00000000-0000-4000-8000-000000000000');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('problem+json');
  });
});

describe('dashboard export', () => {
  test('gives a head their units rolled up, and refuses staff as the dashboard does', async () => {
    await f.assign();
    const { headers, rows } = await readExport(await f.clients.head.get('/api/v1/tasks/dashboard/export.xlsx'));
    expect(headers.slice(0, 3)).toEqual(['Đơn vị', 'Đang thực hiện', 'Quá hạn']);
    expect(rows[0]).toEqual(['Ban Tuyên giáo', 1, 0, 0, 0, undefined, 0, 0].slice(0, rows[0]!.length));
    expect((await f.clients.lan.get('/api/v1/tasks/dashboard/export.xlsx')).statusCode).toBe(403);
  });
});
