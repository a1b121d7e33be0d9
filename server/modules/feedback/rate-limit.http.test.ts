import { createFeedbackFixture, FEEDBACK_TEST_START } from '../../test/fixtures/feedback.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { now: FEEDBACK_TEST_START, env: { FEEDBACK_SUBMIT_RATE_LIMIT_PER_HOUR: '2', FEEDBACK_TRACK_RATE_LIMIT_PER_MINUTE: '3' } });
test.beforeAll(({ app }) => {
  t = app;
});

test('limits reports and code lookups per address, in memory', async () => {
  const f = await createFeedbackFixture(t.app, t.database.db);
  const report = await f.submit({ isAnonymous: true, reporter: undefined });
  await f.submit({ isAnonymous: true, reporter: undefined });
  await expect(f.submit({ isAnonymous: true, reporter: undefined })).rejects.toThrow(/429/);

  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode })).statusCode);
  expect(statuses).toEqual([200, 200, 200, 429]);
  const limited = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(limited.json()).toMatchObject({ code: 'rate_limited', message: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau' } });
});
