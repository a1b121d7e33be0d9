import { describe } from 'vitest';
import { expect, test, type TestApp, type DisseminationFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DisseminationFixture;
test.beforeEach(({ app, dissemination }) => {
  t = app;
  f = dissemination;
});

/** Tomorrow (Tue 03/03/2026) 08:00–11:00 in Hà Nội. */
const STARTS = '2026-03-03T01:00:00Z';
const meetingBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hội nghị quán triệt Chỉ thị 24-CT/TU',
  unitId: f.units.propaganda.id,
  startsAt: STARTS,
  endsAt: '2026-03-03T04:00:00Z',
  place: 'Hội trường tầng 3',
  chairId: f.people.head.id,
  documents: [{ documentId: f.directive.id }],
  inviteeUnitIds: [f.units.propaganda.id],
  ...overrides,
});

async function organise(overrides: Record<string, unknown> = {}) {
  const response = await f.clients.head.post('/api/v1/meetings', meetingBody(overrides));
  if (response.statusCode !== 200) throw new Error(`meeting failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

describe('a conference with attendance', () => {
  test('invites a unit, lets attendees check in with the code during the meeting only, and closes attendance', async () => {
    const campaign = await f.launch({ audience: { personIds: [f.people.head.id] } });
    const meeting = await organise({ campaignId: campaign.id });
    expect(meeting).toMatchObject({ attendance: { invited: 4, present: 0 }, abilities: ['manage'], documents: [{ versionNumber: 1 }] });
    expect(meeting.checkInCode).toMatch(/^[A-Z2-9]{6}$/);

    const invited = (await f.clients.lan.get('/api/v1/meetings')).json();
    expect(invited.items).toMatchObject([{ id: meeting.id, myInvitation: { status: 'invited' } }]);
    expect((await f.clients.lan.get('/api/v1/dissemination/summary')).json().upcomingMeetings).toBe(1);
    expect((await f.clients.lan.get('/api/v1/notifications')).json().items).toContainEqual(
      expect.objectContaining({ kind: 'meeting_invited', subject: { type: 'meeting', id: meeting.id } }),
    );
    const seen = (await f.clients.lan.get(`/api/v1/meetings/${meeting.id}`)).json();
    expect(seen.checkInCode).toBeNull();
    expect((await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/check-in`, { code: meeting.checkInCode })).json().code).toBe('outside_window');

    t.clock.set(new Date('2026-03-03T00:45:00Z'));
    await f.logInAgain();
    expect((await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/check-in`, { code: 'AAAAAA' })).statusCode).toBe(400);
    const checkedIn = (await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/check-in`, { code: meeting.checkInCode.toLowerCase() })).json();
    expect(checkedIn.myInvitation).toMatchObject({ status: 'present', checkedInBySelf: true });
    expect((await f.clients.outsider.post(`/api/v1/meetings/${meeting.id}/check-in`, { code: meeting.checkInCode })).statusCode).toBe(404);

    await f.clients.head.post(`/api/v1/meetings/${meeting.id}/attendance`, { personId: f.people.head.id, status: 'present' });
    expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/attendance`, { personId: f.people.minh.id, status: 'absent_excused' })).statusCode).toBe(
      400,
    );
    await f.clients.head.post(`/api/v1/meetings/${meeting.id}/attendance`, {
      personId: f.people.minh.id,
      status: 'absent_excused',
      reason: 'Đi công tác Hải Phòng',
    });
    t.clock.set(new Date('2026-03-03T04:30:00Z'));
    expect((await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/close`)).statusCode).toBe(403);
    const closed = (await f.clients.head.post(`/api/v1/meetings/${meeting.id}/close`)).json();
    expect(closed).toMatchObject({ isClosed: true, checkInCode: null, attendance: { invited: 4, present: 2, absentExcused: 1, absentUnexcused: 1 } });

    const list = (await f.clients.head.get(`/api/v1/meetings/${meeting.id}/invitations`)).json();
    const statusOf = (name: string) => list.items.find((i: { person: { fullName: string } }) => i.person.fullName === name);
    expect(statusOf('Phùng Văn Tài')).toMatchObject({ status: 'absent_unexcused', reason: null });
    expect(statusOf('Trần Văn Minh')).toMatchObject({ status: 'absent_excused', reason: 'Đi công tác Hải Phòng' });
    expect((await f.clients.lan.get(`/api/v1/meetings/${meeting.id}/invitations`)).statusCode).toBe(403);

    // Both absentees now have the linked campaign; those present do not.
    expect(await f.assignmentOf('minh', campaign.id)).toBeDefined();
    expect(await f.assignmentOf('driver', campaign.id)).toBeDefined();
    expect(await f.assignmentOf('lan', campaign.id)).toBeUndefined();
    expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/close`)).statusCode).toBe(409);
  });

  test('records minutes and conclusions; a conclusion becomes one task of the work module, once', async () => {
    const meeting = await organise();
    await f.clients.head.post(`/api/v1/meetings/${meeting.id}/minutes`, { minutes: 'Đồng chí Trưởng ban quán triệt nội dung Chỉ thị...' });
    const withConclusion = (
      await f.clients.head.post(`/api/v1/meetings/${meeting.id}/conclusions`, { text: 'Rà soát quy trình tiếp nhận văn bản, báo cáo trước 31/3' })
    ).json();
    const conclusion = withConclusion.conclusions[0];
    expect(withConclusion.minutes).toContain('quán triệt');
    const body = { ownerId: f.people.lan.id, unitId: f.units.propaganda.id, dueDate: '2026-03-31', expectedOutput: 'Báo cáo rà soát' };
    expect((await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/conclusions/${conclusion.id}/task`, body)).statusCode).toBe(403);
    const { taskId } = (await f.clients.head.post(`/api/v1/meetings/${meeting.id}/conclusions/${conclusion.id}/task`, body)).json();
    const task = (await f.clients.lan.get(`/api/v1/tasks/${taskId}`)).json();
    expect(task).toMatchObject({ source: { kind: 'meeting_conclusion', id: conclusion.id }, owner: { id: f.people.lan.id }, dueDate: '2026-03-31' });
    expect((await f.clients.head.get(`/api/v1/meetings/${meeting.id}`)).json().conclusions[0].taskId).toBe(taskId);
    expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/conclusions/${conclusion.id}/task`, body)).statusCode).toBe(409);
  });

  test('refuses a task naming an unknown conclusion as its source, or none, through the plain task API', async () => {
    const response = await f.clients.head.post('/api/v1/tasks', {
      title: 'Giả kết luận',
      expectedOutput: 'X',
      unitId: f.units.propaganda.id,
      ownerId: f.people.lan.id,
      startDate: '2026-03-02',
      due: { kind: 'working_days', workingDays: 3 },
      source: { kind: 'meeting_conclusion', id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.source.id');
    expect(
      (
        await f.clients.head.post('/api/v1/tasks', {
          title: 'X',
          expectedOutput: 'X',
          unitId: f.units.propaganda.id,
          ownerId: f.people.lan.id,
          startDate: '2026-03-02',
          due: { kind: 'working_days', workingDays: 3 },
          source: { kind: 'meeting_conclusion' },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('meeting refusals', () => {
  test.each([
    ['the end before the start', { endsAt: '2026-03-03T00:00:00Z' }, 'body.endsAt'],
    ['neither place nor link', { place: '' }, 'body.place'],
    ['nobody invited', { inviteeUnitIds: [] }, 'body.inviteeUnitIds'],
    ['an unknown chair', { chairId: '00000000-0000-4000-8000-000000000000' }, 'body.chairId'],
    ['a bad link', { onlineLink: 'not a link' }, 'body.onlineLink'],
  ])('refuses %s with 400', async (_name, overrides, field) => {
    const response = await f.clients.head.post('/api/v1/meetings', meetingBody(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  test('lets only organisers create, and hides a meeting from those not invited (404)', async () => {
    expect((await f.clients.lan.post('/api/v1/meetings', meetingBody())).statusCode).toBe(403);
    expect((await f.clients.lawHead.post('/api/v1/meetings', meetingBody())).statusCode).toBe(403);
    expect((await f.clients.head.post('/api/v1/meetings', meetingBody({ inviteeUnitIds: [f.units.law.id] }))).statusCode).toBe(400);
    const meeting = await organise();
    expect((await f.clients.outsider.get(`/api/v1/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await f.clients.lawHead.post(`/api/v1/meetings/${meeting.id}/minutes`, { minutes: 'x' })).statusCode).toBe(404);
    expect((await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/minutes`, { minutes: 'x' })).statusCode).toBe(403);
    expect((await f.clients.lan.post(`/api/v1/meetings/${meeting.id}/attendance`, { personId: f.people.lan.id, status: 'present' })).statusCode).toBe(403);
    expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/attendance`, { personId: f.people.outsider.id, status: 'present' })).statusCode).toBe(
      400,
    );
    expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/close`)).json().code).toBe('not_started');
    expect((await f.clients.leader.get('/api/v1/meetings?view=organised')).json().items.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
  });
});
