import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { now: new Date('2026-02-10T02:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
});

test('counts N working days past Tết and make-up Saturdays exactly as the task it previews', async () => {
  const { root } = await createAgency(t.database.db);
  const unit = await createUnit(t.database.db, root, { name: 'Văn phòng' });
  const staffUser = await createUser(t.database.db, unit, ['staff']);
  const staff = api(t.app, await login(t.app, staffUser.username));

  // Fri 13/02 + 1 working day: Tết runs Mon 16 to Fri 20, so Mon 23/02.
  const pastTet = await staff.get('/api/v1/calendar/working-days?from=2026-02-13&days=1');
  expect(pastTet.statusCode).toBe(200);
  expect(pastTet.json()).toEqual({ from: '2026-02-13', days: 1, dueDate: '2026-02-23' });
  // Sat 22/08/2026 is a make-up working day.
  expect((await staff.get('/api/v1/calendar/working-days?from=2026-08-21&days=1')).json().dueDate).toBe('2026-08-22');

  const preview = (await staff.get('/api/v1/calendar/working-days?from=2026-02-13&days=7')).json().dueDate;
  const created = await staff.post('/api/v1/tasks', {
    title: 'Tổng hợp báo cáo sau Tết',
    expectedOutput: 'Báo cáo',
    unitId: unit.id,
    ownerId: staffUser.id,
    startDate: '2026-02-13',
    due: { kind: 'working_days', workingDays: 7 },
  });
  expect(created.statusCode).toBe(200);
  expect(created.json().dueDate).toBe(preview);

  expect((await staff.get('/api/v1/calendar/working-day?date=2026-04-30')).json()).toEqual({
    date: '2026-04-30',
    isWorkingDay: false,
    nextWorkingDay: '2026-05-04',
  });
  expect((await staff.get('/api/v1/calendar/working-day?date=2026-08-22')).json()).toMatchObject({ isWorkingDay: true });
});

test('refuses a bad start, a count out of range, and strangers', async () => {
  const { root } = await createAgency(t.database.db);
  const staff = api(t.app, await login(t.app, (await createUser(t.database.db, root, ['staff'])).username));
  for (const query of ['from=13-02-2026&days=1', 'from=2026-02-13&days=0', 'from=2026-02-13&days=366', 'from=2026-02-13&days=abc', 'from=2026-02-13']) {
    const response = await staff.get(`/api/v1/calendar/working-days?${query}`);
    expect(response.statusCode, query).toBe(400);
    expect(response.json().errors.length, query).toBeGreaterThan(0);
  }
  expect((await staff.get('/api/v1/calendar/working-day?date=2026-02-30')).statusCode).toBe(400);
  expect((await api(t.app, null).get('/api/v1/calendar/working-days?from=2026-02-13&days=1')).statusCode).toBe(401);
});
