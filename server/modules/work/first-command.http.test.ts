import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { api, login } from '../../test/http.js';
import { createWorkFixture, WORK_TEST_START } from '../../test/fixtures/work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { now: WORK_TEST_START });
test.beforeAll(({ app }) => {
  t = app;
});

test("a command that is an instance's first request loads the calendar without blocking its own transaction", async () => {
  const f = await createWorkFixture(t.app, t.database.db);
  const task = await f.assign();
  // A second instance on the same database, its calendar cache still empty (on PGlite this used to hang).
  const second = await buildApp({ database: t.database, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), clock: t.clock, logger: false });
  try {
    const owner = api(second, await login(second, f.people.lan.username));
    const accepted = await owner.post(`/api/v1/tasks/${task.id}/accept`, {});
    expect(accepted.json().status).toBe('in_progress');
  } finally {
    await second.close();
  }
}, 20_000);
