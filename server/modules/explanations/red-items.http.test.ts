import { describe } from 'vitest';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

const questions = 'Đề nghị giải trình.';

async function launchCampaign() {
  const directive = await f.clients.leader.post('/api/v1/documents', {
    kind: 'directive',
    number: '24-CT/TU',
    title: 'Về tăng cường kỷ cương, kỷ luật',
    issuingBody: 'Ban Thường vụ Thành ủy Hà Nội',
    issueDate: '2023-08-07',
    signer: 'Đinh Tiến Dũng',
  });
  const created = await f.clients.head.post('/api/v1/campaigns', {
    title: 'Quán triệt Chỉ thị 24-CT/TU',
    unitId: f.department.id,
    documents: [{ documentId: directive.json().id }],
    audience: { unitIds: [f.department.id] },
    deadline: { kind: 'working_days', workingDays: 2 },
    requiresCommitment: false,
  });
  const launched = await f.clients.head.post(`/api/v1/campaigns/${created.json().id}/launch`);
  expect(launched.statusCode).toBe(200);
  const mine = (await f.clients.lan.get('/api/v1/dissemination/mine?state=all&limit=100')).json() as { items: { id: string; campaign: { id: string } }[] };
  return mine.items.find((item) => item.campaign.id === created.json().id)!.id;
}

describe('explanations on other red items', () => {
  test('asks about a missed acknowledgement only once the campaign is past due', async () => {
    const assignmentId = await launchCampaign();
    const item = { kind: 'acknowledgement', assignmentId };
    const early = await f.clients.head.post('/api/v1/explanations', { item, workingDays: 2, questions });
    expect([early.statusCode, early.json().code]).toEqual([409, 'item_not_red']);
    // Due Wednesday 04/03/2026; on Thursday it is red.
    t.clock.set(new Date('2026-03-05T02:00:00Z'));
    await f.logInAgain();
    const asked = await f.clients.head.post('/api/v1/explanations', { item, workingDays: 2, questions });
    expect(asked.json()).toMatchObject({
      item: { kind: 'acknowledgement', id: assignmentId, title: 'Quán triệt Chỉ thị 24-CT/TU' },
      subject: { id: f.people.lan.id },
    });
    const shown = (await f.clients.lan.get(`/api/v1/explanations?view=item&itemKind=acknowledgement&itemId=${assignmentId}`)).json();
    expect(shown.items).toHaveLength(1);
  });

  test('asks about an unexcused absence, not about someone present', async () => {
    const meeting = await f.clients.head.post('/api/v1/meetings', {
      title: 'Hội nghị quán triệt Chỉ thị 24-CT/TU',
      unitId: f.department.id,
      startsAt: '2026-03-03T01:00:00Z',
      endsAt: '2026-03-03T04:00:00Z',
      place: 'Hội trường tầng 3',
      chairId: f.people.head.id,
      documents: [],
      inviteeUnitIds: [f.department.id],
    });
    expect(meeting.statusCode).toBe(200);
    const meetingId = meeting.json().id;
    t.clock.set(new Date('2026-03-03T02:00:00Z'));
    await f.logInAgain();
    await f.clients.head.post(`/api/v1/meetings/${meetingId}/attendance`, { personId: f.people.minh.id, status: 'present' });
    expect((await f.clients.head.post(`/api/v1/meetings/${meetingId}/attendance`, { personId: f.people.lan.id, status: 'absent_unexcused' })).statusCode).toBe(
      200,
    );
    const present = await f.clients.head.post('/api/v1/explanations', {
      item: { kind: 'attendance', meetingId, personId: f.people.minh.id },
      workingDays: 2,
      questions,
    });
    expect(present.json().code).toBe('item_not_red');
    const notInvited = await f.clients.head.post('/api/v1/explanations', {
      item: { kind: 'attendance', meetingId, personId: f.people.outsider.id },
      workingDays: 2,
      questions,
    });
    expect(notInvited.statusCode).toBe(404);
    const asked = await f.clients.head.post('/api/v1/explanations', {
      item: { kind: 'attendance', meetingId, personId: f.people.lan.id },
      workingDays: 2,
      questions,
    });
    expect(asked.json()).toMatchObject({ item: { kind: 'attendance', id: meetingId }, subject: { id: f.people.lan.id }, dueOn: '2026-03-05' });
  });
});
