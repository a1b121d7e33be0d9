import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

const report = (content: string) => ({
  agencyId: f.agencyId,
  category: 'delay',
  unitId: f.units.team.id,
  content,
  occurredOn: '2026-02-27',
  isAnonymous: true,
});

test('answers a NUL byte in a search with a 400 problem naming the parameter', async () => {
  for (const url of ['/api/v1/tasks?q=a%00b', '/api/v1/people?q=a%00b', '/api/v1/documents?q=%00', '/api/v1/conduct/cases?q=x%00']) {
    const response = await f.clients.admin.get(url);
    expect(response.statusCode, url).toBe(400);
    expect(response.json()).toMatchObject({ code: 'unsafe_text', status: 400 });
    expect(response.json().errors[0].field).toBe('querystring.q');
  }
});

test('refuses a NUL byte or a lone surrogate in the anonymous public report form, storing nothing', async () => {
  for (const content of ['Phản ánh\u0000có byte rỗng', 'Phản ánh \ud800 nửa cặp', 'đuôi lẻ \udc00']) {
    const response = await f.publicClient.post('/api/v1/public/feedback/reports', report(content));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'body.content' });
    expect(response.json().message.vi).toBeTruthy();
  }
  const nested = await f.publicClient.post('/api/v1/public/feedback/reports', {
    ...report('Bình thường'),
    isAnonymous: false,
    reporter: { name: 'A\u0000', phone: '0912345678' },
  });
  expect(nested.statusCode).toBe(400);
  expect(nested.json().errors[0].field).toBe('body.reporter.name');
  // A whole emoji (a valid surrogate pair) is ordinary text.
  expect((await f.publicClient.post('/api/v1/public/feedback/reports', report('Rất tốt 👍'))).statusCode).toBe(200);
});

test('refuses a lone surrogate in a staff body too', async () => {
  const response = await f.clients.admin.post('/api/v1/units', { parentId: f.root.id, kind: 'department', code: 'NUL', name: 'Ban \ud800' });
  expect(response.statusCode).toBe(400);
  expect(response.json().errors[0].field).toBe('body.name');
  expect(t.app).toBeTruthy();
});
