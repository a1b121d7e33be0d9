import { createMailer } from '../../platform/mail.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { type ReceivedMail, startSmtpSink } from '../../test/smtp-sink.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { runDailyDigest } from './digest.js';
import { sendImmediateMail } from './mail-now.js';
import { notifyPeople } from './notifications.service.js';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let port: number;
let received: ReceivedMail[];

test.beforeAll(async ({ app }) => {
  t = app;
  sink = await startSmtpSink();
  ({ port, received } = sink);
});
test.afterAll(async () => {
  await sink.close();
});

type Line = {
  id: string;
  kind: string;
  title: { vi: string };
  needsAction: boolean;
  readAt: string | null;
  line: { key: string; count: number; boardSignal: string | null };
};

/** The stalled-task warnings a signal sweep sends a unit head, one per task. */
async function warnStalled(agencyId: string, headId: string, taskCount: number, now: Date) {
  await t.database.db.transaction(async (tx) => {
    for (let index = 0; index < taskCount; index++) {
      const taskId = crypto.randomUUID();
      await notifyPeople(tx, {
        agencyId,
        personIds: [headId],
        kind: 'signal',
        title: { vi: `Cảnh báo "Không cập nhật tiến độ": Việc ${index}`, en: `Warning "No progress reported": Task ${index}` },
        subject: { type: 'task', id: taskId },
        signal: { kind: 'stalled', level: 1 },
        dedupeKey: `signal:${taskId}:stalled`,
        now,
      });
    }
  });
}

test('groups repeated warnings per day, puts what needs action first, honours each person’s channels and marks all read', async () => {
  t.clock.set(new Date('2026-03-02T02:00:00Z'));
  const { agencyId, root } = await createAgency(t.database.db);
  const unit = await createUnit(t.database.db, root, { name: 'Ban Tổ chức' });
  const head = await createUser(t.database.db, unit, ['unit_head', 'staff'], { manages: 'head', email: `head.${Date.now()}@vi-du.vn` });
  const owner = await createUser(t.database.db, unit, ['staff'], { email: `owner.${Date.now()}@vi-du.vn` });
  const headApi = api(t.app, await login(t.app, head.username));
  const ownerApi = api(t.app, await login(t.app, owner.username));

  // Yesterday two warnings, today three, and one transfer waiting for the head's acceptance (older than the warnings).
  await warnStalled(agencyId, head.id, 2, new Date('2026-03-01T03:00:00Z'));
  await t.database.db.transaction((tx) =>
    notifyPeople(tx, {
      agencyId,
      personIds: [head.id],
      kind: 'transfer_proposed',
      title: { vi: 'Đề nghị bạn nhận chủ trì nhiệm vụ', en: 'Proposed as the new owner' },
      subject: { type: 'task', id: crypto.randomUUID() },
      now: new Date('2026-03-01T01:00:00Z'),
    }),
  );
  await warnStalled(agencyId, head.id, 3, new Date('2026-03-02T01:00:00Z'));

  const all = (await headApi.get('/api/v1/notifications?limit=20')).json().items as Line[];
  expect(all.map((line) => [line.kind, line.line.count, line.needsAction])).toEqual([
    ['transfer_proposed', 1, true],
    ['signal', 3, false],
    ['signal', 2, false],
  ]);
  expect(all[1].title.vi).toBe('3 nhiệm vụ không cập nhật tiến độ');
  expect(all[1].line.boardSignal).toBe('stalled');
  expect((await headApi.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 3 });

  // Keyset paging walks the same lines one at a time.
  const walked: string[] = [];
  let cursor: string | null = null;
  do {
    const page = (await headApi.get(`/api/v1/notifications?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as {
      items: Line[];
      nextCursor: string | null;
    };
    walked.push(...page.items.map((line) => line.line.key));
    cursor = page.nextCursor;
  } while (cursor);
  expect(walked).toEqual(all.map((line) => line.line.key));
  for (const forged of [
    ['x', 'y', 'z'],
    [0, '1', 'k'],
    [2, '2026-03-02T01:00:00.000Z', 'k'],
  ]) {
    const response = await headApi.get(`/api/v1/notifications?cursor=${Buffer.from(JSON.stringify(forged)).toString('base64url')}`);
    expect(response.statusCode).toBe(400);
  }

  // Opening a grouped line marks its three warnings read; the line moves nowhere but is read.
  expect((await headApi.post('/api/v1/notifications/read', { lineKeys: [all[1].line.key] })).json()).toEqual({ marked: 3 });
  expect((await headApi.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 2 });

  // Preferences: a kind that does not exist and turning off a mandatory kind are refused, nothing written.
  const unknown = await headApi.put('/api/v1/notifications/preferences/lottery_won', { channel: 'in_app' });
  expect(unknown.statusCode).toBe(404);
  expect(unknown.json()).toMatchObject({ code: 'notification_kind_unknown', errors: [{ field: 'kind' }] });
  const mandatory = await headApi.put('/api/v1/notifications/preferences/transfer_proposed', { channel: 'off' });
  expect(mandatory.statusCode).toBe(400);
  expect(mandatory.headers['content-type']).toContain('application/problem+json');
  expect(mandatory.json()).toMatchObject({ errors: [{ field: 'channel', message: { vi: expect.stringMatching(/^Không thể tắt/) } }] });
  expect((await headApi.put('/api/v1/notifications/preferences/signal', { channel: 'pigeon' })).statusCode).toBe(400);
  const before = (await headApi.get('/api/v1/notifications/preferences')).json().items as { kind: string; channel: string; mandatoryBecause: unknown }[];
  expect(before.find((item) => item.kind === 'transfer_proposed')).toMatchObject({ channel: 'digest', mandatoryBecause: { vi: expect.any(String) } });

  // Warnings turned off are no longer stored for the head.
  expect((await headApi.put('/api/v1/notifications/preferences/signal', { channel: 'off' })).json()).toMatchObject({ kind: 'signal', channel: 'off' });
  await warnStalled(agencyId, head.id, 4, new Date('2026-03-02T01:30:00Z'));
  expect((await headApi.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 2 });

  // The owner wants new assignments by e-mail at once: mailed by the outbox, and not again in the digest.
  expect((await ownerApi.put('/api/v1/notifications/preferences/task_assigned', { channel: 'email_now' })).statusCode).toBe(200);
  const created = await headApi.post('/api/v1/tasks', {
    title: 'Rà soát hồ sơ đảng viên',
    expectedOutput: 'Báo cáo',
    unitId: unit.id,
    ownerId: owner.id,
    startDate: '2026-03-02',
    due: { kind: 'working_days', workingDays: 5 },
  });
  expect(created.statusCode).toBe(200);
  const mailer = createMailer(`smtp://127.0.0.1:${port}`, 'Công vụ <no-reply@congvu.local>')!;
  const deps = { db: t.database.db, clock: t.clock, mailer };
  expect(await sendImmediateMail(deps)).toEqual({ sent: 1 });
  expect(await sendImmediateMail(deps)).toEqual({ sent: 0 });
  expect(received.map((mail) => mail.to)).toEqual([[expect.stringMatching(/^owner\./)]]);
  expect(received[0].body).toContain('R=C3=A0 so=C3=A1t');
  expect(await runDailyDigest(deps, agencyId, '2026-03-02')).toEqual({ ran: true, sent: 1 }); // the head's digest only
  expect(received.map((mail) => mail.to[0])).toEqual([expect.stringMatching(/^owner\./), expect.stringMatching(/^head\./)]);

  // "Mark all read" empties the badge.
  expect((await headApi.post('/api/v1/notifications/read', {})).json()).toEqual({ marked: 3 }); // the transfer and yesterday's two warnings
  expect((await headApi.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
  const after = (await headApi.get('/api/v1/notifications?limit=20')).json().items as Line[];
  expect(after.every((line) => line.readAt !== null && !line.needsAction)).toBe(true);
});
