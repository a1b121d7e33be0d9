import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { createWorkFixture, WORK_TEST_START } from '../../test/fixtures/work.js';

let standard: TestApp;
let early: TestApp;
test.override('appOptions', { now: WORK_TEST_START });
test.beforeAll(async ({ app, openApp }) => {
  standard = app;
  early = await openApp({ now: WORK_TEST_START, env: { WORK_DUE_SOON_DAYS: '5' } });
});

test('warns "due soon" as many working days ahead as the agency configures', async () => {
  const signalsOf = async (t: TestApp) => {
    const f = await createWorkFixture(t.app, t.database.db);
    const task = await f.assign({ due: { kind: 'working_days', workingDays: 4 } });
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
    return (await f.clients.lan.get(`/api/v1/tasks/${task.id}`)).json().signals.map((s: { kind: string }) => s.kind);
  };
  expect(await signalsOf(standard)).not.toContain('due_soon');
  expect(await signalsOf(early)).toContain('due_soon');
});
