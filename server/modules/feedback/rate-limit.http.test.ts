import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createFeedbackFixture, FEEDBACK_TEST_START } from './feedback.test-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: FEEDBACK_TEST_START, env: { FEEDBACK_SUBMIT_RATE_LIMIT_PER_HOUR: '2', FEEDBACK_TRACK_RATE_LIMIT_PER_MINUTE: '3' } });
});
afterAll(() => t.close());

it('limits reports and code lookups per address, in memory', async () => {
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
