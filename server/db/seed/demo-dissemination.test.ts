import { api, login } from '../../test/http.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoDissemination } from './demo-dissemination.js';
import { seedDemoDocuments } from './demo-documents.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let demo: Awaited<ReturnType<typeof seedDemoDissemination>>;
let run: string;
test.beforeAll(async ({ app }) => {
  t = app;
  run = Date.now().toString(36);
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DISS-${run}`, usernamePrefix: `${run}-` });
  const { directiveId } = await seedDemoDocuments(t.database.db, t.clock.now(), seeded, `${run}-`);
  demo = await seedDemoDissemination(t.database.db, t.clock.now(), seeded, directiveId, `${run}-`);
}, 180_000);

const client = async (username: string) => {
  const demoLogin = seeded.logins.find((l) => l.username === `${run}-${username}`)!;
  return api(t.app, await login(t.app, demoLogin.username, demoLogin.password));
};

test('holds the conference of 02/11/2023 with most present, two excused and one absent without reason', async () => {
  const leader = await client('lanhdao');
  const meeting = (await leader.get(`/api/v1/meetings/${demo.meetingId}`)).json();
  expect(meeting).toMatchObject({ startsAt: '2023-11-02T01:00:00.000Z', isClosed: true, attendance: { absentExcused: 2, absentUnexcused: 1 } });
  expect(meeting.attendance.present).toBe(meeting.attendance.invited - 3);
  expect(meeting.conclusions).toHaveLength(3);
  expect(meeting.conclusions[0].taskId).not.toBeNull();
  const task = (await leader.get(`/api/v1/tasks/${meeting.conclusions[0].taskId}`)).json();
  expect(task).toMatchObject({ status: 'completed', source: { kind: 'meeting_conclusion', id: meeting.conclusions[0].id } });
});

test('leaves realistic coverage: most acknowledged, many committed, some laggards', async () => {
  const leader = await client('lanhdao');
  const coverage = (await leader.get(`/api/v1/campaigns/${demo.campaignId}/coverage`)).json();
  const { assigned, acknowledged, committed, overdue } = coverage.overall;
  expect(assigned).toBeGreaterThanOrEqual(55);
  expect(acknowledged / assigned).toBeGreaterThan(0.8);
  expect(acknowledged).toBeLessThan(assigned);
  expect(committed).toBeGreaterThan(assigned / 2);
  expect(committed).toBeLessThan(acknowledged);
  expect(overdue).toBe(assigned - acknowledged);
  const campaign = (await leader.get(`/api/v1/campaigns/${demo.campaignId}`)).json();
  expect(campaign.documents.map((d: { number: string }) => d.number)).toEqual(['24-CT/TU', '05-HD/ĐU']);
});
