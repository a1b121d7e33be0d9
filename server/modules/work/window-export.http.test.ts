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

type Client = WorkFixture['clients']['head'];
async function shownAndExported(client: Client, query: string) {
  const shown = (await client.get(`/api/v1/tasks/window?${query}`)).json().items.map((task: { title: string }) => task.title);
  const exported = (await readExport(await client.get(`/api/v1/tasks/window/export.xlsx?${query}`))).rows.map((row) => row[0]);
  return { shown, exported };
}

describe('calendar export', () => {
  test('holds the tasks of the shown window in the viewer’s scope, due dates as dates', async () => {
    const april = await f.assign({ title: 'Báo cáo tháng Tư', due: { kind: 'date', dueDate: '2026-04-29' } });
    await f.assign({ title: 'Báo cáo tháng Năm', due: { kind: 'date', dueDate: '2026-05-20' } });
    for (const [client, query] of [
      [f.clients.head, 'from=2026-04-20&to=2026-05-10'],
      [f.clients.head, 'from=2026-04-01&to=2026-05-31&limit=1'],
      [f.clients.lan, 'view=mine&from=2026-04-01&to=2026-05-31'],
      [f.clients.outsider, 'from=2026-04-01&to=2026-05-31'],
    ] as const) {
      const { shown, exported } = await shownAndExported(client, query);
      expect(exported).toEqual(shown);
    }
    expect((await shownAndExported(f.clients.head, 'from=2026-04-20&to=2026-05-10')).exported).toEqual([april.title]);
    expect((await shownAndExported(f.clients.outsider, 'from=2026-04-01&to=2026-05-31')).exported).toEqual([]);
    const { headers, rows } = await readExport(await f.clients.head.get('/api/v1/tasks/window/export.xlsx?from=2026-04-20&to=2026-05-10&lang=en'));
    expect(headers[0]).toBe('Title');
    expect((rows[0]![headers.indexOf('Due date')] as Date).toISOString()).toBe('2026-04-29T00:00:00.000Z');
  });

  test('refuses an unbounded window and a visitor without a session', async () => {
    expect((await f.clients.head.get('/api/v1/tasks/window/export.xlsx?from=2026-01-01&to=2026-06-30')).statusCode).toBe(400);
    expect((await api(t.app, null).get('/api/v1/tasks/window/export.xlsx?from=2026-04-01&to=2026-04-30')).statusCode).toBe(401);
  });
});
