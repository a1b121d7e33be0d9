import { createFileStore } from '../../platform/files.js';
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
  const files = createFileStore('.tmp/demo-dissemination-files');
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DISS-${run}`, usernamePrefix: `${run}-` });
  const { directiveId } = await seedDemoDocuments(t.database.db, t.clock.now(), seeded, files, `${run}-`);
  demo = await seedDemoDissemination(t.database.db, t.clock.now(), seeded, directiveId, files, `${run}-`);
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

test('closes the 2023 campaign as history with realistic coverage: most acknowledged, many committed, some laggards', async () => {
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
  expect(campaign.status).toBe('closed');
  expect(campaign.documents.map((d: { number: string }) => d.number)).toEqual(['24-CT/TU', '05-HD/ĐU']);
});

test('runs a campaign now on a rule issued for the demo, which the staff member has still to acknowledge', async () => {
  const leader = await client('lanhdao');
  const campaign = (await leader.get(`/api/v1/campaigns/${demo.currentCampaignId}`)).json();
  expect(campaign.status).toBe('launched');
  expect(campaign.documents.map((d: { number: string }) => d.number)).toEqual(['08-QĐ/ĐU']);
  const coverage = (await leader.get(`/api/v1/campaigns/${demo.currentCampaignId}/coverage`)).json();
  expect(coverage.isPastDeadline).toBe(false);
  expect(coverage.overall.acknowledged).toBeGreaterThan(coverage.overall.assigned / 2);
  expect(coverage.overall.acknowledged).toBeLessThan(coverage.overall.assigned);
  const staff = await client('canbo1');
  const mine = (await staff.get('/api/v1/dissemination/mine')).json();
  expect(JSON.stringify(mine)).toContain(campaign.title);
});
