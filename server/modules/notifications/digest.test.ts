import { SMTPServer } from 'smtp-server';
import { afterAll } from 'vitest';
import { createMailer } from '../../platform/mail.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { runDailyDigest } from './digest.js';

let t: TestApp;
let sink: SMTPServer;
let port: number;
const received: { to: string[]; body: string }[] = [];

test.beforeAll(async ({ app }) => {
  t = app;
  // A local SMTP sink: accepts every message and keeps it for the assertions.
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((done) => sink.listen(0, '127.0.0.1', done));
  port = (sink.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((done) => sink.close(done));
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
