import { afterAll } from 'vitest';
import { createMailer } from '../../platform/mail.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { type ReceivedMail, startSmtpSink } from '../../test/smtp-sink.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { runDailyDigest } from './digest.js';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let port: number;
let received: ReceivedMail[];

test.beforeAll(async ({ app }) => {
  t = app;
  sink = await startSmtpSink();
  ({ port, received } = sink);
});
afterAll(async () => {
  await sink.close();
});

test('sends each person one digest of unread notifications a day, and never the same ones twice', async () => {
  t.clock.set(new Date('2026-03-02T06:00:00Z'));
  const { agencyId, root } = await createAgency(t.database.db);
  const unit = await createUnit(t.database.db, root, { name: 'Ban Phong trào' });
  const head = await createUser(t.database.db, unit, ['unit_head', 'staff'], { manages: 'head', fullName: 'Tạ Minh Tuấn' });
  const owner = await createUser(t.database.db, unit, ['staff'], { email: `owner.${Date.now()}@vi-du.vn` });
  const client = api(t.app, await login(t.app, head.username));
  for (const title of ['Tổ chức Ngày hội Đại đoàn kết', 'Tổng hợp kiến nghị cử tri']) {
    const response = await client.post('/api/v1/tasks', {
      title,
      expectedOutput: 'Báo cáo',
      unitId: unit.id,
      ownerId: owner.id,
      startDate: '2026-03-02',
      due: { kind: 'working_days', workingDays: 5 },
    });
    expect(response.statusCode).toBe(200);
  }
  const deps = { db: t.database.db, clock: t.clock, mailer: createMailer(`smtp://127.0.0.1:${port}`, 'Công vụ <no-reply@congvu.local>')! };
  expect(await runDailyDigest(deps, agencyId, '2026-03-02')).toEqual({ ran: true, sent: 1 });
  expect(received).toHaveLength(1);
  expect(received[0].to).toEqual([expect.stringMatching(/^owner\./)]);
  expect(received[0].body).toContain('(2 unread notifications');
  expect(received[0].body).toContain('Ng=C3=A0y'); // the titles, quoted-printable

  expect(await runDailyDigest(deps, agencyId, '2026-03-02')).toEqual({ ran: false, sent: 0 });
  expect(await runDailyDigest(deps, agencyId, '2026-03-03')).toEqual({ ran: true, sent: 0 });
  expect(received).toHaveLength(1);
});
