import { describe } from 'vitest';
import { expect, test, type TestApp, type ScheduleFixture } from '../../test/fixtures/index.js';

let f: ScheduleFixture;
let t: TestApp;
test.beforeAll(({ app, schedule }) => {
  t = app;
  f = schedule;
});

const url = (id: string, path = '') => `/api/v1/weekly-schedules/${id}${path}`;

describe('refusals', () => {
  test('answers bad input with a 400 problem naming the fields, and changes nothing', async () => {
    const bad = await f.clients.clerk.get('/api/v1/weekly-schedules?week=2026-13-40');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toContain('week');
    const id = (await f.clients.clerk.post('/api/v1/weekly-schedules', { week: '2026-03-02' })).json().schedule.id;
    const invalid = await f.clients.clerk.post(url(id, '/entries'), f.entry({ session: 'evening', startTime: '25:00', content: '  ' }));
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.content', 'body.session', 'body.startTime']);
    const outside = await f.clients.clerk.post(
      url(id, '/entries'),
      f.entry({ day: '2026-03-09', chairId: f.people.otherClerk.id, preparingUnitId: crypto.randomUUID() }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.day', 'body.chairId', 'body.preparingUnitId']);
    expect(outside.json().message).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expect((await f.clients.clerk.get('/api/v1/weekly-schedules?week=2026-03-02')).json().entries).toEqual([]);
    expect((await f.clients.clerk.post(url(id, '/submit'))).statusCode).toBe(400);
  });

  test('lets only the Office draft: staff, editors and leaders are refused with 403', async () => {
    for (const client of [f.clients.staff, f.clients.editor, f.clients.leader])
      expect((await client.post('/api/v1/weekly-schedules', { week: '2026-04-06' })).statusCode).toBe(403);
    const id = (await f.clients.officeHead.post('/api/v1/weekly-schedules', { week: '2026-04-06' })).json().schedule.id;
    expect((await f.clients.clerk.post('/api/v1/weekly-schedules', { week: '2026-04-08' })).statusCode).toBe(409);
    // A draft is invisible to readers: 404, not 403.
    expect((await f.clients.staff.post(url(id, '/entries'), f.entry({ day: '2026-04-06' }))).statusCode).toBe(404);
    expect((await f.clients.leader.post(url(id, '/entries'), f.entry({ day: '2026-04-06' }))).statusCode).toBe(403);
  });

  test('keeps the steps in order and in the right hands', async () => {
    const id = (await f.clients.clerk.post('/api/v1/weekly-schedules', { week: '2026-04-13' })).json().schedule.id;
    await f.clients.clerk.post(url(id, '/entries'), f.entry({ day: '2026-04-13' }));
    expect((await f.clients.clerk.post(url(id, '/publish'), {})).json().code).toBe('cannot_publish');
    expect((await f.clients.leader.post(url(id, '/approve'))).statusCode).toBe(409);
    expect((await f.clients.leader.post(url(id, '/submit'))).statusCode).toBe(403);
    await f.clients.clerk.post(url(id, '/submit'));
    expect((await f.clients.clerk.post(url(id, '/approve'))).statusCode).toBe(403);
    const frozen = await f.clients.clerk.post(url(id, '/entries'), f.entry({ day: '2026-04-14' }));
    expect([frozen.statusCode, frozen.json().code]).toEqual([409, 'schedule_frozen']);
    expect((await f.clients.leader.post(url(id, '/return'), {})).statusCode).toBe(400);
    await f.clients.leader.post(url(id, '/approve'));
    expect((await f.clients.staff.post(url(id, '/publish'), {})).statusCode).toBe(404);
    await f.clients.leader.post(url(id, '/publish'), {});
    expect((await f.clients.staff.post(url(id, '/entries'), f.entry({ day: '2026-04-14' }))).statusCode).toBe(403);
    expect((await f.clients.leader.post(url(id, '/return'), { reason: 'Quá muộn' })).statusCode).toBe(409);
    const entryId = (await f.clients.staff.get('/api/v1/weekly-schedules?week=2026-04-13')).json().entries[0].id;
    await f.clients.clerk.post(url(id, `/entries/${entryId}/cancel`), { reason: 'Hoãn' });
    expect((await f.clients.clerk.put(url(id, `/entries/${entryId}`), f.entry({ day: '2026-04-13' }))).json().code).toBe('entry_cancelled');
    expect((await f.clients.clerk.put(url(id, `/entries/${crypto.randomUUID()}`), f.entry({ day: '2026-04-13' }))).statusCode).toBe(404);
  });

  test('answers another agency’s schedule with 404 on every route', async () => {
    const id = await f.publishedSchedule('2026-04-20');
    const entryId = (await f.clients.staff.get('/api/v1/weekly-schedules?week=2026-04-20')).json().entries[0].id;
    const other = f.clients.otherClerk;
    expect((await other.get('/api/v1/weekly-schedules?week=2026-04-20')).json().schedule).toBeNull();
    for (const response of [
      await other.post(url(id, '/entries'), f.entry({ day: '2026-04-20', chairId: null, participantIds: [], preparingUnitId: null })),
      await other.put(url(id, `/entries/${entryId}`), f.entry({ day: '2026-04-20', chairId: null, participantIds: [], preparingUnitId: null })),
      await other.post(url(id, `/entries/${entryId}/cancel`), { reason: 'x' }),
      await other.post(url(id, '/submit')),
      await other.post(url(id, '/approve')),
      await other.post(url(id, '/return'), { reason: 'x' }),
      await other.post(url(id, '/publish'), {}),
      await other.get(url(id, '/export.docx')),
      await other.get(url(id, '/export.xlsx')),
    ])
      expect(response.statusCode).toBe(404);
  });

  test('refuses the unauthenticated, and shows an unknown agency’s public page as 404', async () => {
    const anonymous = await f.clients.staff.send('GET', '/api/v1/weekly-schedules', undefined, { headers: { cookie: '' } });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.app.inject({ url: '/lich-cong-tac?co-quan=KHONG-CO' })).statusCode).toBe(404);
    const garbage = await t.app.inject({ url: `/lich-cong-tac?co-quan=${encodeURIComponent(f.code)}&tuan=<script>` });
    expect([garbage.statusCode, garbage.body.includes('<script>')]).toEqual([200, false]);
  });
});
