import { sql } from 'drizzle-orm';
import { createUnit } from '../../test/factories.js';
import { multipart } from '../../test/http.js';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

test('lists agencies and their units without a session', async () => {
  const agencies = await f.publicClient.get('/api/v1/public/feedback/agencies');
  expect(agencies.statusCode).toBe(200);
  expect(agencies.json().items.map((a: { id: string }) => a.id)).toContain(f.agencyId);
  const units = await f.publicClient.get(`/api/v1/public/feedback/agencies/${f.agencyId}/units`);
  expect(units.json().items.map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(['Ban Tuyên giáo', 'Tổ Một cửa']));
  expect((await f.publicClient.get(`/api/v1/public/feedback/agencies/${crypto.randomUUID()}/units`)).statusCode).toBe(404);
  expect((await f.publicClient.get('/api/v1/public/feedback/agencies/not-a-uuid/units')).json().errors[0].field).toBe('params.agencyId');
});

test('gives an anonymous reporter a long grouped code, stores only its hash, and the code opens the report', async () => {
  const report = await f.submit({ isAnonymous: true, reporter: undefined });
  expect(report.trackingCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  const rows = await t.database.db.execute(sql`select tracking_hash, identity_sealed, is_anonymous from public_reports where id = ${report.id}`);
  const row = ((rows as unknown as { rows?: unknown[] }).rows ?? rows) as { tracking_hash: string; identity_sealed: string | null; is_anonymous: boolean }[];
  expect(row[0].tracking_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(row[0].tracking_hash).not.toContain(report.trackingCode.replace(/-/g, ''));
  expect(row[0].identity_sealed).toBeNull();
  expect(row[0].is_anonymous).toBe(true);

  // Typed back in lower case, without dashes, with O for 0: still the same report.
  const typed = report.trackingCode.replace(/-/g, '').toLowerCase().replace(/0/g, 'o');
  const tracked = await f.publicClient.post('/api/v1/public/feedback/track', { code: typed });
  expect(tracked.statusCode).toBe(200);
  expect(tracked.json()).toMatchObject({ reference: report.reference, status: 'received', unitName: 'Tổ Một cửa', canRate: false, answer: null });
});

test('answers a wrong code with 404 and a malformed one with 400, never telling more', async () => {
  await f.submit();
  const wrong = await f.publicClient.post('/api/v1/public/feedback/track', { code: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' });
  expect(wrong.statusCode).toBe(404);
  expect(wrong.json().code).toBe('not_found');
  const malformed = await f.publicClient.post('/api/v1/public/feedback/track', { code: '1234' });
  expect(malformed.statusCode).toBe(400);
  expect(malformed.json().errors[0].field).toBe('body.code');
});

test('seals a named reporter: the stored row holds neither the name nor the contact in clear', async () => {
  const report = await f.submit();
  const rows = await t.database.db.execute(sql`select * from public_reports where id = ${report.id}`);
  const text = JSON.stringify((rows as unknown as { rows?: unknown[] }).rows ?? rows);
  expect(text).not.toContain('Trần Thị Người Dân');
  expect(text).not.toContain('0912');
  expect(text).not.toContain('nguoidan@example.vn');
  expect(text).toContain('v1:');
  const audit = await t.database.db.execute(sql`select change::text as change from audit_events where subject_id = ${report.id}`);
  expect(JSON.stringify((audit as unknown as { rows?: unknown[] }).rows ?? audit)).not.toContain('Người Dân');
});

test('names every bad field of a report', async () => {
  const response = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: 'x',
    category: 'rudeness',
    unitId: f.units.team.id,
    content: '',
    occurredOn: '2026-13-01',
    isAnonymous: 'no',
  });
  expect(response.statusCode).toBe(400);
  const fields = response.json().errors.map((e: { field: string }) => e.field);
  expect(fields).toEqual(expect.arrayContaining(['body.agencyId', 'body.category', 'body.content', 'body.occurredOn', 'body.isAnonymous']));

  const noIdentity = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'delay',
    unitId: f.units.team.id,
    content: 'Chậm',
    occurredOn: '2026-02-27',
    isAnonymous: false,
  });
  expect(noIdentity.json().errors[0].field).toBe('body.reporter');
  const noContact = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'delay',
    unitId: f.units.team.id,
    content: 'Chậm',
    occurredOn: '2026-02-27',
    isAnonymous: false,
    reporter: { name: 'A' },
  });
  expect(noContact.json().errors[0].field).toBe('body.reporter.phone');
});

test('refuses a unit of another agency and a date in the future', async () => {
  const foreign = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'delay',
    unitId: crypto.randomUUID(),
    content: 'Chậm',
    occurredOn: '2026-02-27',
    isAnonymous: true,
  });
  expect(foreign.json().errors[0].field).toBe('body.unitId');
  const future = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'delay',
    unitId: f.units.team.id,
    content: 'Chậm',
    occurredOn: '2026-03-03',
    isAnonymous: true,
  });
  expect(future.json().errors[0].field).toBe('body.occurredOn');
});

test('answers a filled honeypot like a real report but stores nothing', async () => {
  const count = async () => {
    const rows = await t.database.db.execute(sql`select count(*)::int as n from public_reports where agency_id = ${f.agencyId}`);
    return (((rows as unknown as { rows?: unknown[] }).rows ?? rows) as { n: number }[])[0].n;
  };
  const before = await count();
  const response = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'delay',
    unitId: f.units.team.id,
    content: 'Quảng cáo',
    occurredOn: '2026-02-27',
    isAnonymous: true,
    website: 'http://spam.example',
  });
  expect(response.statusCode).toBe(200);
  expect(response.json().trackingCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  expect(await count()).toBe(before);
  expect((await f.publicClient.post('/api/v1/public/feedback/track', { code: response.json().trackingCode })).statusCode).toBe(404);
});

test('lets the reporter add information and files (checked by content), and notifies the inspectors', async () => {
  const report = await f.submit({ isAnonymous: true, reporter: undefined });
  const message = await f.publicClient.post('/api/v1/public/feedback/track/messages', {
    code: report.trackingCode,
    body: 'Bổ sung: sự việc lặp lại ngày 28/02.',
  });
  expect(message.statusCode).toBe(200);
  expect(message.json().messages).toEqual([expect.objectContaining({ author: 'reporter', authorName: null, body: 'Bổ sung: sự việc lặp lại ngày 28/02.' })]);

  const upload = multipart('anh-chup.png', PNG, 'image/png');
  const uploaded = await f.publicClient.post('/api/v1/public/feedback/track/attachments', upload.payload, {
    headers: { ...upload.headers, 'x-tracking-code': report.trackingCode },
  });
  expect(uploaded.statusCode).toBe(200);
  const [file] = uploaded.json().attachments;
  expect(file).toMatchObject({ fileName: 'anh-chup.png', author: 'reporter', contentType: 'image/png' });
  const download = await f.publicClient.post(`/api/v1/public/feedback/track/attachments/${file.id}`, { code: report.trackingCode });
  expect(download.statusCode).toBe(200);
  expect(download.rawPayload.equals(PNG)).toBe(true);

  const fake = multipart('virus.png', Buffer.from('MZ not an image'), 'image/png');
  const refused = await f.publicClient.post('/api/v1/public/feedback/track/attachments', fake.payload, {
    headers: { ...fake.headers, 'x-tracking-code': report.trackingCode },
  });
  expect(refused.statusCode).toBe(400);
  expect(refused.json().errors[0].field).toBe('file');
  const word = multipart('don.docx', Buffer.from('504b0304', 'hex'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const wordRefused = await f.publicClient.post('/api/v1/public/feedback/track/attachments', word.payload, {
    headers: { ...word.headers, 'x-tracking-code': report.trackingCode },
  });
  expect(wordRefused.json().errors[0]).toMatchObject({ field: 'file', message: { vi: 'Chỉ nhận ảnh PNG, JPG hoặc tệp PDF' } });
  const noCode = await f.publicClient.post('/api/v1/public/feedback/track/attachments', upload.payload, { headers: upload.headers });
  expect(noCode.json().errors[0].field).toBe('headers.x-tracking-code');
  const wrongCode = await f.publicClient.post('/api/v1/public/feedback/track/attachments', upload.payload, {
    headers: { ...upload.headers, 'x-tracking-code': 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' },
  });
  expect(wrongCode.statusCode).toBe(404);

  const bell = await f.clients.inspector.get('/api/v1/notifications');
  const aboutReport = { type: 'public_report', id: report.id };
  expect(bell.json().items).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'public_report_received', subject: aboutReport }),
      expect.objectContaining({ kind: 'public_report_message', subject: aboutReport }),
    ]),
  );
});

test('lets the reporter rate once, only after the answer', async () => {
  const report = await f.submit({ category: 'delay' });
  const early = await f.publicClient.post('/api/v1/public/feedback/track/rating', { code: report.trackingCode, score: 5 });
  expect(early.statusCode).toBe(409);
  await f.clients.inspector.post(`/api/v1/feedback/reports/${report.id}/accept`);
  await f.clients.inspector.post(`/api/v1/feedback/reports/${report.id}/answer`, {
    answer: 'Đã xác minh, hồ sơ được giải quyết ngày 03/03/2026; cán bộ đã xin lỗi.',
  });
  const tracked = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(tracked.json()).toMatchObject({ status: 'answered', canRate: true, answer: expect.stringContaining('Đã xác minh') });
  const bad = await f.publicClient.post('/api/v1/public/feedback/track/rating', { code: report.trackingCode, score: 6 });
  expect(bad.json().errors[0].field).toBe('body.score');
  const rated = await f.publicClient.post('/api/v1/public/feedback/track/rating', { code: report.trackingCode, score: 4, comment: 'Kịp thời' });
  expect(rated.json()).toMatchObject({ canRate: false, rating: { score: 4, comment: 'Kịp thời' } });
  expect((await f.publicClient.post('/api/v1/public/feedback/track/rating', { code: report.trackingCode, score: 1 })).statusCode).toBe(409);
});

test('names bad fields on the thread, rating and download routes', async () => {
  const report = await f.submit({ isAnonymous: true, reporter: undefined });
  const empty = await f.publicClient.post('/api/v1/public/feedback/track/messages', { code: report.trackingCode, body: '  ' });
  expect(empty.json().errors[0].field).toBe('body.body');
  const noCode = await f.publicClient.post('/api/v1/public/feedback/track/rating', { score: 3 });
  expect(noCode.json().errors[0].field).toBe('body.code');
  const badId = await f.publicClient.post('/api/v1/public/feedback/track/attachments/nope', { code: report.trackingCode });
  expect(badId.json().errors[0].field).toBe('params.attachmentId');
  const missing = await f.publicClient.post(`/api/v1/public/feedback/track/attachments/${crypto.randomUUID()}`, { code: report.trackingCode });
  expect(missing.statusCode).toBe(404);
});

test('offers citizens the administrative units, not the internal Party bodies', async () => {
  const cell = await createUnit(t.database.db, f.root, { name: 'Chi bộ Ban Tuyên giáo', kind: 'party_cell' });
  const units = await f.publicClient.get(`/api/v1/public/feedback/agencies/${f.agencyId}/units`);
  expect(units.json().items.map((u: { id: string }) => u.id)).not.toContain(cell.id);
  const refused = await f.publicClient.post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'delay',
    unitId: cell.id,
    content: 'Chậm',
    occurredOn: '2026-02-27',
    isAnonymous: true,
  });
  expect(refused.json().errors[0].field).toBe('body.unitId');
});
