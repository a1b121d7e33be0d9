import { expect, test, type DisseminationFixture } from '../../test/fixtures/index.js';

let f: DisseminationFixture;
test.beforeEach(({ dissemination }) => {
  f = dissemination;
});

type Client = DisseminationFixture['clients']['head'];

async function meetingWithConclusions(texts: string[]) {
  const created = await f.clients.head.post('/api/v1/meetings', {
    title: 'Hội nghị sơ kết Chỉ thị 24-CT/TU',
    unitId: f.units.propaganda.id,
    startsAt: '2026-03-03T01:00:00Z',
    endsAt: '2026-03-03T04:00:00Z',
    place: 'Phòng họp tầng 2',
    chairId: f.people.head.id,
    inviteeUnitIds: [f.units.propaganda.id],
  });
  expect(created.statusCode, created.body).toBe(200);
  let meeting = created.json();
  for (const text of texts) meeting = (await f.clients.head.post(`/api/v1/meetings/${meeting.id}/conclusions`, { text })).json();
  return meeting as { id: string; conclusions: { id: string; text: string; taskId: string | null }[] };
}

const offered = async (client: Client, q = '') =>
  ((await client.get(`/api/v1/meeting-conclusions${q ? `?q=${encodeURIComponent(q)}` : ''}`)).json().items as { text: string }[]).map((c) => c.text);

const taskFrom = (client: Client, source: object, unitId = f.units.propaganda.id, ownerId = f.people.lan.id) =>
  client.post('/api/v1/tasks', {
    title: 'Thực hiện kết luận',
    expectedOutput: 'Báo cáo',
    unitId,
    ownerId,
    startDate: '2026-03-02',
    due: { kind: 'working_days', workingDays: 5 },
    source,
  });

test('offers the conclusions not yet assigned of the meetings a person sees, searched without diacritics, and links the picked one to its task once', async () => {
  const meeting = await meetingWithConclusions(['Rà soát quy trình tiếp nhận văn bản', 'Đôn đốc các chi bộ nộp bản cam kết']);
  expect((await offered(f.clients.head)).sort()).toEqual(['Rà soát quy trình tiếp nhận văn bản', 'Đôn đốc các chi bộ nộp bản cam kết'].sort());
  expect(await offered(f.clients.head, 'ra soat quy trinh')).toEqual(['Rà soát quy trình tiếp nhận văn bản']);
  expect(await offered(f.clients.head, 'so ket chi thi')).toHaveLength(2);
  expect(await offered(f.clients.leader)).toHaveLength(2);
  expect(await offered(f.clients.lan)).toHaveLength(2);
  expect(await offered(f.clients.lawHead)).toEqual([]);

  const conclusion = meeting.conclusions.find((c) => c.text.startsWith('Rà soát'))!;
  const created = await taskFrom(f.clients.head, { kind: 'meeting_conclusion', id: conclusion.id });
  expect(created.statusCode, created.body).toBe(200);
  const task = created.json();
  expect(task.source).toEqual({ kind: 'meeting_conclusion', id: conclusion.id });
  const linked = (await f.clients.head.get(`/api/v1/meetings/${meeting.id}`)).json().conclusions;
  expect(linked.find((c: { id: string }) => c.id === conclusion.id).taskId).toBe(task.id);
  expect(await offered(f.clients.head)).toEqual(['Đôn đốc các chi bộ nộp bản cam kết']);
  const again = await taskFrom(f.clients.head, { kind: 'meeting_conclusion', id: conclusion.id });
  expect(again.statusCode).toBe(409);
  expect(again.json().code).toBe('already_assigned');
  const onMeetingPage = { ownerId: f.people.lan.id, unitId: f.units.propaganda.id, dueDate: '2026-03-31', expectedOutput: 'Báo cáo' };
  expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/conclusions/${conclusion.id}/task`, onMeetingPage)).statusCode).toBe(409);

  // The task names its source for those who may open the meeting; others are told it is not found.
  const ref = await f.clients.lan.get(`/api/v1/meeting-conclusions/${conclusion.id}`);
  expect(ref.statusCode).toBe(200);
  expect(ref.json()).toMatchObject({ text: conclusion.text, taskId: task.id, meeting: { id: meeting.id, title: 'Hội nghị sơ kết Chỉ thị 24-CT/TU' } });
  expect((await f.clients.outsider.get(`/api/v1/meeting-conclusions/${conclusion.id}`)).statusCode).toBe(404);
});

test('refuses as unknown (400, field named) a conclusion the assigner may not see or that does not exist', async () => {
  const meeting = await meetingWithConclusions(['Báo cáo kết quả trước 31/3']);
  const hidden = await taskFrom(f.clients.lawHead, { kind: 'meeting_conclusion', id: meeting.conclusions[0].id }, f.units.law.id, f.people.outsider.id);
  expect(hidden.statusCode).toBe(400);
  expect(hidden.json().errors[0]).toMatchObject({ field: 'body.source.id', message: { vi: 'Kết luận hội nghị không tồn tại' } });
  const missing = await taskFrom(f.clients.head, { kind: 'meeting_conclusion', id: '00000000-0000-4000-8000-000000000000' });
  expect(missing.statusCode).toBe(400);
  expect((await f.clients.head.get(`/api/v1/meetings/${meeting.id}`)).json().conclusions[0].taskId).toBeNull();
});

test('takes a document of the register as a task’s source; an unknown one is refused with the field named', async () => {
  const created = await taskFrom(f.clients.head, { kind: 'document', id: f.directive.id });
  expect(created.statusCode, created.body).toBe(200);
  expect(created.json().source).toEqual({ kind: 'document', id: f.directive.id });
  const listed = (await f.clients.head.get(`/api/v1/tasks?view=unit&sourceKind=document`)).json();
  expect(listed.items.map((item: { id: string }) => item.id)).toContain(created.json().id);
  const missing = await taskFrom(f.clients.head, { kind: 'document', id: '00000000-0000-4000-8000-000000000000' });
  expect(missing.statusCode).toBe(400);
  expect(missing.json().errors[0]).toMatchObject({ field: 'body.source.id', message: { vi: 'Văn bản không tồn tại' } });
});
