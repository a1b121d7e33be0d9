import { sql } from 'drizzle-orm';
import { api, login, multipart } from '../../test/http.js';
import { noticeOverdueAcceptance } from './feedback.overdue.js';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

const PDF = Buffer.from('%PDF-1.4\n% ket luan xac minh\n');
const rowsOf = <T>(result: unknown) => ((result as { rows?: T[] }).rows ?? result) as T[];
const url = (id: string, path = '') => `/api/v1/feedback/reports/${id}${path}`;

test('shows the 8-working-hour acceptance clock and marks it overdue once passed', async () => {
  const report = await f.submit({ category: 'delay' });
  const fresh = await f.clients.inspector.get(url(report.id));
  // Received Monday 09:00: 6.5 office hours that day (to 12:00, 13:30–17:00), 1.5 on Tuesday → 09:30.
  expect(fresh.json().clock).toMatchObject({ acceptDueAt: '2026-03-03T02:30:00.000Z', isAcceptOverdue: false });
  t.clock.set(new Date('2026-03-03T03:00:00Z'));
  // Sessions last 12 hours: log in again on Tuesday.
  const inspector = api(t.app, await login(t.app, f.people.inspector.username));
  const late = await inspector.get('/api/v1/feedback/reports?acceptOverdue=true');
  expect(late.json().items.map((item: { id: string }) => item.id)).toContain(report.id);
  const accepted = await inspector.post(url(report.id, '/accept'));
  expect(accepted.json()).toMatchObject({ status: 'accepted', clock: { isAcceptOverdue: true } });
  const events = accepted.json().events.map((e: { kind: string }) => e.kind);
  expect(events).toEqual(['received', 'accepted']);
  const audit = rowsOf<{ action: string }>(
    await t.database.db.execute(sql`select action from audit_events where subject_id = ${report.id} order by occurred_at, sequence`),
  );
  expect(audit.map((row) => row.action)).toEqual(['public_report.received', 'public_report.accepted']);
});

test('runs triage: accept, classify with the official, route, staff message, answer with evidence', async () => {
  const report = await f.submit();
  const inspector = f.clients.inspector;
  expect((await inspector.get(url(report.id))).json().abilities).toEqual(expect.arrayContaining(['accept', 'reject', 'classify', 'readIdentity']));
  await inspector.post(url(report.id, '/accept'));
  const classified = await inspector.post(url(report.id, '/classify'), { category: 'harassment', level: 'urgent', subjectPersonId: f.people.official.id });
  expect(classified.json()).toMatchObject({ level: 'urgent', subject: { id: f.people.official.id }, clock: { resolveDueAt: expect.any(String) } });

  const routed = await inspector.post(url(report.id, '/route'), {
    unitId: f.units.other.id,
    handlerPersonId: f.people.otherStaff.id,
    note: 'Ban Phong trào xác minh',
  });
  expect(routed.statusCode).toBe(200);
  expect(routed.json()).toMatchObject({ handlerUnit: { id: f.units.other.id }, handlerPerson: { id: f.people.otherStaff.id } });
  const notified = await f.clients.otherHead.get('/api/v1/notifications');
  expect(notified.json().items.map((n: { kind: string }) => n.kind)).toContain('public_report_routed');

  // The handler and their unit head now see it; the department head (the official's line) does not.
  const handler = f.clients.otherStaff;
  expect((await handler.get(url(report.id))).json().abilities).toEqual(expect.arrayContaining(['answer', 'message', 'attach']));
  expect((await f.clients.otherHead.get('/api/v1/feedback/reports')).json().items.map((i: { id: string }) => i.id)).toEqual([report.id]);
  expect((await f.clients.departmentHead.get(url(report.id))).statusCode).toBe(404);

  const message = await handler.post(url(report.id, '/messages'), { body: 'Đề nghị cho biết số biên nhận hồ sơ.' });
  expect(message.json().messages[0]).toMatchObject({ author: 'staff', authorName: 'Bùi Văn Khác' });
  const tracked = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(tracked.json().messages[0]).toMatchObject({ author: 'staff', authorName: null });

  // Harassment states verified facts: an answer needs a document first.
  const bare = await handler.post(url(report.id, '/answer'), { answer: 'Đã xác minh.' });
  expect(bare.statusCode).toBe(400);
  expect(bare.json().errors[0].field).toBe('attachments');
  const file = multipart('ket-luan.pdf', PDF, 'application/pdf');
  expect((await handler.post(url(report.id, '/attachments'), file.payload, { headers: file.headers })).statusCode).toBe(200);
  const hidden = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(hidden.json().attachments).toEqual([]);
  const answered = await handler.post(url(report.id, '/answer'), {
    answer: 'Kết quả xác minh: cán bộ đã yêu cầu sai giấy tờ; đã nhắc nhở, hồ sơ trả ngày 04/03.',
  });
  expect(answered.json()).toMatchObject({ status: 'answered', answeredAt: expect.any(String) });
  const seen = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(seen.json()).toMatchObject({
    status: 'answered',
    canRate: true,
    attachments: [expect.objectContaining({ author: 'staff', fileName: 'ket-luan.pdf' })],
  });
  expect((await handler.post(url(report.id, '/answer'), { answer: 'Lần hai' })).statusCode).toBe(409);
});

test('never routes to the official, their unit, the units above it, or anyone managing them', async () => {
  const report = await f.submit();
  const inspector = f.clients.inspector;
  await inspector.post(url(report.id, '/accept'));
  await inspector.post(url(report.id, '/classify'), { category: 'harassment', level: 'normal', subjectPersonId: f.people.official.id });
  const attempts = [
    { unitId: f.units.team.id, handlerPersonId: null },
    { unitId: f.units.department.id, handlerPersonId: null },
    { unitId: f.root.id, handlerPersonId: null },
    { unitId: f.units.team.id, handlerPersonId: f.people.official.id },
  ];
  for (const body of attempts) {
    const response = await inspector.post(url(report.id, '/route'), body);
    expect(response.statusCode, JSON.stringify(body)).toBe(403);
    expect(response.json().code).toBe('routing_conflict');
  }
  expect((await inspector.post(url(report.id, '/route'), { unitId: f.units.inspection.id })).statusCode).toBe(200);
  const handlerOutsideUnit = await inspector.post(url(report.id, '/route'), { unitId: f.units.inspection.id, handlerPersonId: f.people.otherStaff.id });
  expect(handlerOutsideUnit.json().errors[0].field).toBe('body.handlerPersonId');
});

test('sends a routed report back to triage when the official named later is managed by its handler', async () => {
  const report = await f.submit({ unitId: f.units.other.id, officialName: '' });
  await f.clients.inspector.post(url(report.id, '/accept'));
  // Reported unit "other": routing to the team is allowed while nobody is named.
  expect((await f.clients.inspector.post(url(report.id, '/route'), { unitId: f.units.team.id })).statusCode).toBe(200);
  const named = await f.clients.inspector.post(url(report.id, '/classify'), { category: 'attitude', level: 'normal', subjectPersonId: f.people.official.id });
  expect(named.json().handlerUnit).toBeNull();
  expect(named.json().events.at(-1)).toMatchObject({ kind: 'classified' });
});

test('keeps the report away from the reported official, and lets triage reject with a reason', async () => {
  const report = await f.submit({ category: 'other' });
  await f.clients.inspector.post(url(report.id, '/classify'), { category: 'other', level: 'normal', subjectPersonId: f.people.inspectionHead.id });
  // The inspection head is the subject now: not in their queue, 404 on the report.
  expect((await f.clients.inspectionHead.get(url(report.id))).statusCode).toBe(404);
  expect((await f.clients.inspectionHead.get('/api/v1/feedback/reports')).json().items.map((i: { id: string }) => i.id)).not.toContain(report.id);
  const rejected = await f.clients.leader.post(url(report.id, '/reject'), { reason: 'Nội dung là đơn tố cáo, đề nghị gửi theo Luật Tố cáo.' });
  expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: expect.stringContaining('Luật Tố cáo') });
  const tracked = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(tracked.json()).toMatchObject({ status: 'rejected', rejectionReason: expect.stringContaining('Luật Tố cáo') });
  expect((await f.publicClient.post('/api/v1/public/feedback/track/messages', { code: report.trackingCode, body: 'Tôi không đồng ý' })).statusCode).toBe(409);
});

test('refuses staff without a triage role or a routing, and bad input on every staff route', async () => {
  const report = await f.submit();
  for (const client of [f.clients.otherStaff, f.clients.editor, f.clients.departmentHead, f.clients.official]) {
    expect((await client.get(url(report.id))).statusCode).toBe(404);
    expect((await client.post(url(report.id, '/accept'))).statusCode).toBe(404);
    expect((await client.get('/api/v1/feedback/reports')).json().items).toEqual([]);
  }
  expect((await f.publicClient.get('/api/v1/feedback/reports')).statusCode).toBe(401);
  const inspector = f.clients.inspector;
  expect((await inspector.post(url(report.id, '/route'), { unitId: f.units.other.id })).statusCode).toBe(409);
  const cases: [string, unknown, string][] = [
    ['/reject', { reason: '' }, 'body.reason'],
    ['/classify', { category: 'x', level: 'normal' }, 'body.category'],
    ['/classify', { category: 'delay', level: 'soon' }, 'body.level'],
    ['/classify', { category: 'delay', level: 'normal', subjectPersonId: crypto.randomUUID() }, 'body.subjectPersonId'],
    ['/route', { unitId: 'nope' }, 'body.unitId'],
    ['/answer', { answer: '' }, 'body.answer'],
    ['/messages', { body: '' }, 'body.body'],
    ['/identity', { purpose: '' }, 'body.purpose'],
  ];
  for (const [path, body, field] of cases) {
    const response = await inspector.post(url(report.id, path), body);
    expect(response.statusCode, path).toBe(400);
    expect(
      response.json().errors.map((e: { field: string }) => e.field),
      path,
    ).toContain(field);
  }
  expect((await inspector.get(url('not-a-uuid'))).json().errors[0].field).toBe('params.id');
  expect((await inspector.get('/api/v1/feedback/reports?category=rude')).json().errors[0].field).toBe('querystring.category');
  expect((await inspector.get('/api/v1/feedback/reports?cursor=zzz')).statusCode).toBe(400);
  const program = multipart('a.exe', Buffer.from('MZ'), 'application/octet-stream');
  expect((await inspector.post(url(report.id, '/attachments'), program.payload, { headers: program.headers })).json().errors[0].field).toBe('file');
});

test('pages the queue by keyset, filters in SQL and searches without diacritics', async () => {
  const ids = [];
  for (let i = 0; i < 5; i++) {
    t.clock.set(new Date(Date.parse('2026-03-02T02:00:00Z') + i * 60_000));
    ids.push(
      (
        await f.submit({
          category: i % 2 === 0 ? 'delay' : 'attitude',
          content: i === 3 ? 'Cán bộ hướng dẫn không đầy đủ, thái độ thiếu tôn trọng' : `Trễ hẹn lần ${i}`,
        })
      ).id,
    );
  }
  const first = await f.clients.leader.get('/api/v1/feedback/reports?limit=2');
  expect(first.json().items.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 2));
  const second = await f.clients.leader.get(`/api/v1/feedback/reports?limit=2&cursor=${first.json().nextCursor}`);
  expect(second.json().items.map((i: { id: string }) => i.id)).toEqual(ids.slice(2, 4));
  expect((await f.clients.leader.get('/api/v1/feedback/reports?category=attitude')).json().items).toHaveLength(2);
  const search = await f.clients.leader.get('/api/v1/feedback/reports?q=thai%20do%20thieu');
  expect(search.json().items.map((i: { id: string }) => i.id)).toEqual([ids[3]]);
  expect((await f.clients.leader.get(`/api/v1/feedback/reports?unitId=${f.units.department.id}`)).json().items).toHaveLength(5);
  expect((await f.clients.leader.get(`/api/v1/feedback/reports?unitId=${f.units.other.id}`)).json().items).toHaveLength(0);
  expect((await f.clients.leader.get('/api/v1/feedback/reports?open=false')).json().items).toHaveLength(0);
  expect((await f.clients.leader.get('/api/v1/feedback/reports?status=received')).json().items).toHaveLength(5);
});

test('serves staff files to those who see the report, 404 to others', async () => {
  const report = await f.submit({ category: 'delay' });
  await f.clients.inspector.post(url(report.id, '/accept'));
  const file = multipart('bien-ban.pdf', PDF, 'application/pdf');
  const uploaded = await f.clients.inspector.post(url(report.id, '/attachments'), file.payload, { headers: file.headers });
  const [attachment] = uploaded.json().attachments;
  expect(attachment).toMatchObject({ author: 'staff', fileName: 'bien-ban.pdf' });
  const download = await f.clients.leader.get(url(report.id, `/attachments/${attachment.id}`));
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toContain('application/pdf');
  expect((await f.clients.otherStaff.get(url(report.id, `/attachments/${attachment.id}`))).statusCode).toBe(404);
  expect((await f.clients.leader.get(url(report.id, `/attachments/${crypto.randomUUID()}`))).statusCode).toBe(404);
  expect((await f.clients.leader.get(url(report.id, '/attachments/nope'))).json().errors[0].field).toBe('params.attachmentId');
  // Staff files reach the reporter only with the answer.
  const tracked = await f.publicClient.post(`/api/v1/public/feedback/track/attachments/${attachment.id}`, { code: report.trackingCode });
  expect(tracked.statusCode).toBe(404);
});

test('tells the inspectors once when a report is still not accepted after its 8 working hours', async () => {
  const waiting = await f.submit({ category: 'delay' });
  const accepted = await f.submit({ category: 'delay' });
  await f.clients.inspector.post(url(accepted.id, '/accept'));
  const deps = { db: t.database.db, clock: t.clock };
  expect(await noticeOverdueAcceptance(deps, f.agencyId)).toBe(0);

  // Received Monday 09:00, due Tuesday 09:30.
  t.clock.set(new Date('2026-03-03T03:00:00Z'));
  expect(await noticeOverdueAcceptance(deps, f.agencyId)).toBe(1);
  expect(await noticeOverdueAcceptance(deps, f.agencyId)).toBe(0);
  const inspector = api(t.app, await login(t.app, f.people.inspector.username));
  const overdue = (await inspector.get('/api/v1/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'public_report_accept_overdue');
  expect(overdue).toEqual([expect.objectContaining({ subject: { type: 'public_report', id: waiting.id } })]);
  expect(overdue[0].title.vi).toContain('Quá 8 giờ làm việc chưa tiếp nhận');
});

test('lists a long report in the queue as an excerpt of 160 characters, and no list row carries the reporter', async () => {
  const content = `Tôi nộp hồ sơ từ đầu tháng. ${'Cán bộ hẹn lại nhiều lần mà không nêu lý do. '.repeat(6)}`.trim();
  const report = await f.submit({ content });
  const queue = (await f.clients.inspector.get('/api/v1/feedback/reports?status=received&limit=100')).json();
  const row = queue.items.find((item: { id: string }) => item.id === report.id);
  expect(row.excerpt).toBe(`${content.slice(0, 160)}…`);
  expect(JSON.stringify(queue)).not.toMatch(/reporter|identity|phone|email/i);
  expect((await f.clients.inspector.get(url(report.id))).json().excerpt).toBe(`${content.slice(0, 160)}…`);
});

test('accepts a report right after the calendar changed (the first read of the new calendar happens outside the step’s transaction)', async () => {
  const report = await f.submit({ category: 'delay' });
  // Changing the calendar empties the cached one; on PGlite's single connection, reading it inside the transaction never returned.
  expect((await f.clients.admin.put('/api/v1/calendar/days/2026-12-24', { kind: 'holiday', name: 'Nghỉ thử' })).statusCode).toBe(200);
  const accepted = await f.clients.inspector.post(url(report.id, '/accept'));
  expect(accepted.json()).toMatchObject({ status: 'accepted' });
});
