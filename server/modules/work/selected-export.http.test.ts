import { describe } from 'vitest';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

const titles = async (response: Parameters<typeof readExport>[0]) => (await readExport(response)).rows.map((row) => row[0]);

describe('export of selected tasks', () => {
  test('holds only the selected tasks the viewer’s board holds, never one outside their scope', async () => {
    const first = await f.assign({ title: 'Việc thứ nhất', due: { kind: 'date', dueDate: '2026-03-10' } });
    const second = await f.assign({ title: 'Việc thứ hai', due: { kind: 'date', dueDate: '2026-03-11' }, collaboratorIds: [f.people.outsider.id] });
    await f.assign({ title: 'Việc không chọn' });
    const board = `view=unit&unitId=${f.department.id}`;
    const selected = `${board}&ids=${first.id}&ids=${second.id}`;
    const listed = (await f.clients.head.get(`/api/v1/tasks?${selected}`)).json().items.map((task: { title: string }) => task.title);
    expect(listed).toEqual(['Việc thứ nhất', 'Việc thứ hai']);
    expect(await titles(await f.clients.head.get(`/api/v1/tasks/export.xlsx?${selected}`))).toEqual(listed);
    expect(await titles(await f.clients.head.get(`/api/v1/tasks/export.xlsx?${board}&ids=${second.id}`))).toEqual(['Việc thứ hai']);
    // The outsider collaborates on the second task only: selecting the first by its id changes nothing.
    expect(await titles(await f.clients.outsider.get(`/api/v1/tasks/export.xlsx?${selected}`))).toEqual(['Việc thứ hai']);
    const bad = await f.clients.head.get(`/api/v1/tasks/export.xlsx?${board}&ids=not-an-id`);
    expect(bad.statusCode).toBe(400);
  });
});
