import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { now: new Date('2026-11-20T02:00:00Z') });
test.beforeAll(({ app }) => {
  t = app;
});

test('an administrator adds a holiday and working-day deadlines skip it at once; staff cannot edit the calendar', async () => {
  const { root } = await createAgency(t.database.db);
  const unit = await createUnit(t.database.db, root, { name: 'Văn phòng' });
  const admin = api(t.app, await login(t.app, (await createUser(t.database.db, root, ['agency_admin', 'unit_head'], { manages: 'head' })).username));
  const staffUser = await createUser(t.database.db, unit, ['staff']);
  const staff = api(t.app, await login(t.app, staffUser.username));

  const year = (await admin.get('/api/v1/calendar?year=2026')).json();
  expect(year.days.map((d: { day: string }) => d.day)).toEqual(expect.arrayContaining(['2026-01-01', '2026-09-02']));

  const assign = () =>
    admin.post('/api/v1/tasks', {
      title: 'Chuẩn bị hội nghị',
      expectedOutput: 'Kế hoạch',
      unitId: unit.id,
      ownerId: staffUser.id,
      startDate: '2026-11-20',
      due: { kind: 'working_days', workingDays: 2 },
    });
  expect((await assign()).json().dueDate).toBe('2026-11-24'); // Fri 20/11 + 2 working days: Mon 23, Tue 24

  const set = await admin.put('/api/v1/calendar/days/2026-11-24', { kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' });
  expect(set.statusCode).toBe(200);
  expect((await assign()).json().dueDate).toBe('2026-11-25');

  expect((await staff.put('/api/v1/calendar/days/2026-11-25', { kind: 'holiday', name: 'Tự đặt' })).statusCode).toBe(403);
  const weekdayMakeup = await admin.put('/api/v1/calendar/days/2026-11-26', { kind: 'makeup_workday', name: 'Làm bù' });
  expect(weekdayMakeup.statusCode).toBe(400);
  expect(weekdayMakeup.json().errors[0].field).toBe('body.kind');
  expect((await admin.put('/api/v1/calendar/days/26-11-2026', { kind: 'holiday', name: 'x' })).statusCode).toBe(400);
  expect((await admin.delete('/api/v1/calendar/days/2026-11-27')).statusCode).toBe(404);
  expect((await admin.delete('/api/v1/calendar/days/2026-11-24')).statusCode).toBe(200);
  expect((await assign()).json().dueDate).toBe('2026-11-24');
  const audit = (await admin.get('/api/v1/audit?action=calendar.')).json().items.map((e: { action: string }) => e.action);
  expect(audit).toEqual(['calendar.day_removed', 'calendar.day_set']);
});
