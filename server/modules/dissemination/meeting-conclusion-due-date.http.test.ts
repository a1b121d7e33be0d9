import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { expect, test, type TestApp, type DisseminationFixture } from '../../test/fixtures/index.js';

// A conclusion's follow-up task takes its due date as typed by the chair, so it gets the task rule:
// a weekend or holiday is refused with 409 due_date_not_working_day naming the next working day,
// unless confirmNonWorkingDay keeps it (work.due-date.ts, non-working-due-date.http.test.ts).
let t: TestApp;
let f: DisseminationFixture;
test.beforeEach(({ app, dissemination }) => {
  t = app;
  f = dissemination;
});

async function meetingWithConclusion() {
  const meeting = await f.clients.head.post('/api/v1/meetings', {
    title: 'Giao ban tháng 3',
    unitId: f.units.propaganda.id,
    startsAt: '2026-03-03T01:00:00Z',
    endsAt: '2026-03-03T04:00:00Z',
    place: 'Phòng họp tầng 2',
    chairId: f.people.head.id,
    inviteeUnitIds: [f.units.propaganda.id],
  });
  expect(meeting.statusCode).toBe(200);
  const { id } = meeting.json();
  const withConclusion = await f.clients.head.post(`/api/v1/meetings/${id}/conclusions`, { text: 'Hoàn thiện báo cáo sơ kết quý I' });
  return { meetingId: id as string, conclusionId: withConclusion.json().conclusions[0].id as string };
}

const assign = (meetingId: string, conclusionId: string, dueDate: string, extra: Record<string, unknown> = {}) =>
  f.clients.head.post(`/api/v1/meetings/${meetingId}/conclusions/${conclusionId}/task`, {
    ownerId: f.people.lan.id,
    unitId: f.units.propaganda.id,
    dueDate,
    expectedOutput: 'Báo cáo sơ kết',
    ...extra,
  });

const taskCount = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from tasks where agency_id = ${f.agencyId}`))[0].n;

describe('assigning a meeting conclusion as a task', () => {
  test.each([
    ['a Saturday', '2026-03-07', '2026-03-09'],
    ['Labour Day', '2026-05-01', '2026-05-04'],
  ])('warns of a due date on %s as task assignment does, creating nothing and leaving the conclusion open', async (_, dueDate, next) => {
    const { meetingId, conclusionId } = await meetingWithConclusion();
    const before = await taskCount();
    const response = await assign(meetingId, conclusionId, dueDate);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'due_date_not_working_day', nextWorkingDay: next, errors: [{ field: 'body.dueDate' }] });
    expect(response.json().message.vi).toContain(`${next.slice(8)}/${next.slice(5, 7)}/${next.slice(0, 4)}`);
    expect(await taskCount()).toBe(before);
    expect((await f.clients.head.get(`/api/v1/meetings/${meetingId}`)).json().conclusions[0].taskId).toBeNull();
  });

  test('keeps the date when confirmed, and takes a working day without asking', async () => {
    const kept = await meetingWithConclusion();
    const { taskId } = (await assign(kept.meetingId, kept.conclusionId, '2026-03-07', { confirmNonWorkingDay: true })).json();
    expect((await f.clients.lan.get(`/api/v1/tasks/${taskId}`)).json()).toMatchObject({ dueDate: '2026-03-07' });
    const working = await meetingWithConclusion();
    expect((await assign(working.meetingId, working.conclusionId, '2026-03-09')).statusCode).toBe(200);
  });

  test('names the conclusion form’s field when the due date has passed', async () => {
    const { meetingId, conclusionId } = await meetingWithConclusion();
    const response = await assign(meetingId, conclusionId, '2026-02-27');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'body.dueDate' })]);
  });
});
