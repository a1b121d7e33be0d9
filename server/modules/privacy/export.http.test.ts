import { describe } from 'vitest';
import { api, login } from '../../test/http.js';
import { openCase } from '../conduct/index.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

const REPORTER = 'Đỗ Thị Tố Giác';
const REPORTER_PHONE = '0911222333';

type Section = { key: string; rows: Record<string, unknown>[]; sensitiveFields: Record<string, string> };
/** Moves a case to the step where the subject is asked to explain: from then on it is the subject's to see. */
async function askToExplain(caseId: string) {
  expect((await f.clients.inspector.post(`/api/v1/conduct/cases/${caseId}/verify`, { note: 'Đã kiểm tra sổ theo dõi' })).statusCode).toBe(200);
  expect(
    (await f.clients.inspector.post(`/api/v1/conduct/cases/${caseId}/request-explanation`, { workingDays: 5, questions: 'Đề nghị giải trình' })).statusCode,
  ).toBe(200);
}

/** A fresh session after the clock moved on (sessions lapse while idle). */
const clientOf = async (who: keyof ConductFixture['people']) => api(t.app, await login(t.app, f.people[who].username));

async function assignTo(who: 'subject' | 'colleague', title: string, dueDate: string) {
  const task = await f.clients.head.post('/api/v1/tasks', {
    title,
    expectedOutput: 'Dự thảo',
    unitId: f.department.id,
    ownerId: f.people[who].id,
    startDate: '2026-03-02',
    due: { kind: 'date', dueDate },
  });
  expect(task.statusCode).toBe(200);
  return task.json() as { id: string };
}

const sectionOf = (body: { sections: Section[] }, key: string) => body.sections.find((s) => s.key === key)!;

/** A public report about the subject from a named citizen (sealed), and the case opened from it with its sealed reporter. */
async function reportAndCaseAboutSubject() {
  const submitted = await api(t.app, null).post('/api/v1/public/feedback/reports', {
    agencyId: f.agencyId,
    category: 'harassment',
    unitId: f.department.id,
    officialName: 'Nguyễn Văn Bình',
    content: 'Cán bộ gây khó khăn khi tiếp nhận hồ sơ.',
    occurredOn: '2026-02-26',
    isAnonymous: false,
    reporter: { name: REPORTER, phone: REPORTER_PHONE, email: 'to.giac@example.vn' },
  });
  expect(submitted.statusCode).toBe(200);
  const actor = {
    userId: f.people.inspector.userId,
    agencyId: f.agencyId,
    personId: f.people.inspector.id,
    displayName: 'Phạm Minh Tuấn',
    roles: ['inspector' as const],
    unitId: f.inspection.id,
    unitPath: f.inspection.path,
    managedUnitPaths: [],
  };
  const opened = await openCase({ db: t.database.db, clock: t.clock }, actor, {
    subject: { kind: 'person', personId: f.people.subject.id },
    title: 'Phản ánh: gây khó khăn khi tiếp công dân',
    description: 'Công dân phản ánh qua cổng phản ánh.',
    items: [{ catalog: 'related', code: 'R.NHUNG_NHIEU' }],
    source: 'public_report',
    sourceId: crypto.randomUUID(),
    sourceReference: submitted.json().reference,
    reporter: { name: REPORTER, contact: REPORTER_PHONE, isAnonymous: false },
    detectedOn: '2026-03-02',
  });
  await askToExplain(opened.id);
  return submitted.json().reference as string;
}

describe('exporting one person’s data', () => {
  test('gathers profile, accounts, roles, tasks and events, and cases, marking the sensitive fields', async () => {
    const task = await f.clients.head.post('/api/v1/tasks', {
      title: 'Rà soát hồ sơ tồn đọng',
      expectedOutput: 'Báo cáo rà soát',
      unitId: f.department.id,
      ownerId: f.people.subject.id,
      collaboratorIds: [f.people.colleague.id],
      startDate: '2026-03-02',
      due: { kind: 'date', dueDate: '2026-03-13' },
    });
    expect(task.statusCode).toBe(200);
    await askToExplain((await f.openCase()).id);
    // A case still under internal verification is not yet the subject's to see, so not in their export.
    await f.openCase({ title: 'Vụ việc đang xác minh nội bộ' });
    const meeting = await f.clients.head.post('/api/v1/meetings', {
      title: 'Hội nghị quán triệt Chỉ thị 24',
      unitId: f.department.id,
      startsAt: '2026-03-05T01:00:00Z',
      endsAt: '2026-03-05T03:00:00Z',
      place: 'Hội trường tầng 2',
      chairId: f.people.head.id,
      inviteePersonIds: [f.people.subject.id],
    });
    expect(meeting.statusCode).toBe(200);
    const response = await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.json');
    const body = response.json();
    expect(body.personName).toBe('Nguyễn Văn Bình');
    expect(sectionOf(body, 'profile').rows[0]).toMatchObject({ fullName: 'Nguyễn Văn Bình', isPartyMember: true, unitName: 'Ban Tuyên giáo' });
    expect(sectionOf(body, 'profile').sensitiveFields).toHaveProperty('isPartyMember');
    expect(sectionOf(body, 'accounts').rows[0]).toMatchObject({ isActive: true });
    expect(JSON.stringify(sectionOf(body, 'accounts'))).not.toMatch(/password_?hash|\$argon|\$scrypt|\$2[aby]\$/i);
    expect(sectionOf(body, 'roles').rows).toEqual([expect.objectContaining({ role: 'staff' })]);
    expect(sectionOf(body, 'tasks').rows).toEqual([expect.objectContaining({ title: 'Rà soát hồ sơ tồn đọng', role: 'owner' })]);
    expect(sectionOf(body, 'taskEvents').rows.length).toBeGreaterThan(0);
    expect(sectionOf(body, 'attendance').rows).toEqual([
      expect.objectContaining({ meetingTitle: 'Hội nghị quán triệt Chỉ thị 24', status: 'invited', place: 'Hội trường tầng 2' }),
    ]);
    const cases = sectionOf(body, 'conductCases');
    expect(cases.rows).toEqual([expect.objectContaining({ title: 'Chậm xử lý hồ sơ của công dân', status: 'awaiting_explanation' })]);
    expect(Object.keys(cases.sensitiveFields)).toEqual(expect.arrayContaining(['description', 'conclusion', 'disciplineFormCode']));
    // Nor does any other section (a notification, say) name the case under internal verification.
    expect(response.body).not.toContain('Vụ việc đang xác minh nội bộ');
    // The collaborator's export holds the task as collaborator, and no case.
    const colleague = (await f.clients.admin.get(`/api/v1/privacy/people/${f.people.colleague.id}/export.json`)).json();
    expect(sectionOf(colleague, 'tasks').rows).toEqual([expect.objectContaining({ role: 'collaborator' })]);
    expect(sectionOf(colleague, 'conductCases').rows).toEqual([]);
    // The assigner's export holds it as assigner.
    const head = (await f.clients.admin.get(`/api/v1/privacy/people/${f.people.head.id}/export.json`)).json();
    expect(sectionOf(head, 'tasks').rows).toEqual([expect.objectContaining({ role: 'assigner' })]);
  });

  test('never contains the reporter’s identity, sealed or plain, in JSON or in the workbook', async () => {
    const reference = await reportAndCaseAboutSubject();
    const json = await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`);
    expect(json.statusCode).toBe(200);
    const cases = sectionOf(json.json(), 'conductCases');
    expect(cases.rows).toHaveLength(1);
    for (const forbidden of [REPORTER, REPORTER_PHONE, 'to.giac@example.vn', reference, 'reporter', 'sourceReference', 'identity']) {
      expect(json.body).not.toContain(forbidden);
    }
    const xlsx = await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value)))));
    const all = text.join('\n');
    expect(all).toContain('Phản ánh: gây khó khăn khi tiếp công dân');
    for (const forbidden of [REPORTER, REPORTER_PHONE, 'to.giac@example.vn', reference]) expect(all).not.toContain(forbidden);
  });

  test('writes a readable workbook: one sheet per section, Vietnamese titles, sensitive columns marked', async () => {
    await askToExplain((await f.openCase()).id);
    const response = await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.xlsx`);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Giới thiệu',
      'Thông tin cá nhân',
      'Tài khoản',
      'Vai trò',
      'Nhiệm vụ',
      'Lịch sử nhiệm vụ',
      'Quán triệt',
      'Lịch sử quán triệt',
      'Dự họp',
      'Vụ việc (là đối tượng)',
      'Đánh giá xếp loại',
      'Điều chuyển đơn vị',
      'Yêu cầu giải trình',
      'Thông báo',
      'Văn bản đã vào sổ',
      'Yêu cầu về dữ liệu cá nhân',
      'Phiên đăng nhập',
      'Nhiệm vụ theo dõi',
      'Bộ lọc đã lưu',
      'Nhiệm vụ định kỳ',
      'Cách nhận thông báo',
    ]);
    const profileHeader = (workbook.getWorksheet('Thông tin cá nhân')!.getRow(1).values as string[]).filter(Boolean);
    expect(profileHeader).toContain('Đảng viên (nhạy cảm)');
    expect(profileHeader).toContain('Họ và tên');
    const caseHeader = (workbook.getWorksheet('Vụ việc (là đối tượng)')!.getRow(1).values as string[]).filter(Boolean);
    expect(caseHeader).toContain('Kết luận (nhạy cảm)');
    expect(caseHeader).toContain('Tiêu đề');
    expect(workbook.getWorksheet('Thông tin cá nhân')!.getRow(2).values).toContain('Có');
  });

  test('adds unit moves, explanation requests with their answers, notifications and registered documents', async () => {
    const task = await assignTo('subject', 'Trình dự thảo quy chế tiếp công dân', '2026-03-04');
    const registered = await f.clients.leader.post('/api/v1/documents', {
      kind: 'plan',
      number: '12-KH/TU',
      title: 'Kế hoạch thực hiện Chỉ thị 24',
      issuingBody: 'Tỉnh ủy',
      issueDate: '2026-02-20',
    });
    expect(registered.statusCode).toBe(200);
    // Friday 06/03: the task due Wednesday is overdue, so the head asks the subject to explain.
    t.clock.set(new Date('2026-03-06T02:00:00Z'));
    const [head, subject] = [await clientOf('head'), await clientOf('subject')];
    const asked = await head.post('/api/v1/explanations', {
      item: { kind: 'task', taskId: task.id },
      workingDays: 3,
      questions: 'Đề nghị giải trình lý do chậm trình.',
    });
    expect(asked.statusCode).toBe(200);
    expect((await subject.post(`/api/v1/explanations/${asked.json().id}/answer`, { answer: 'Chờ ý kiến của Văn phòng.' })).statusCode).toBe(200);
    expect((await head.post(`/api/v1/explanations/${asked.json().id}/decide`, { isAccepted: false, note: 'Không báo khó khăn kịp thời.' })).statusCode).toBe(
      200,
    );
    const admin = await clientOf('admin');
    expect((await admin.post(`/api/v1/people/${f.people.subject.id}/move`, { unitId: f.other.id })).statusCode).toBe(200);

    const body = (await admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`)).json();
    expect(sectionOf(body, 'unitMoves').rows).toEqual([{ fromUnitName: 'Ban Tuyên giáo', toUnitName: 'Ban Phong trào', movedOn: '2026-03-06' }]);
    const explanations = sectionOf(body, 'explanationRequests');
    expect(explanations.rows).toEqual([
      expect.objectContaining({
        itemKind: 'task',
        itemTitle: 'Trình dự thảo quy chế tiếp công dân',
        requesterName: 'Đặng Thu Hương',
        questions: 'Đề nghị giải trình lý do chậm trình.',
        answer: 'Chờ ý kiến của Văn phòng.',
        status: 'not_accepted',
        decisionNote: 'Không báo khó khăn kịp thời.',
      }),
    ]);
    expect(Object.keys(explanations.rows[0])).not.toContain('caseId');
    expect(Object.keys(explanations.sensitiveFields).sort()).toEqual(['answer', 'decisionNote']);
    const notices = sectionOf(body, 'notifications').rows;
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: expect.stringContaining('Trình dự thảo quy chế tiếp công dân'), subjectType: 'task', readAt: null }),
        expect.objectContaining({ kind: 'explanation_requested', subjectType: 'explanation' }),
      ]),
    );
    expect(Object.keys(notices[0]).sort()).toEqual(['createdAt', 'kind', 'readAt', 'subjectType', 'title']);
    expect(sectionOf(body, 'documents').rows).toEqual([]);
    const xlsx = await admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.xlsx`);
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const header = (sheet: string) => (workbook.getWorksheet(sheet)!.getRow(1).values as string[]).filter(Boolean);
    expect(header('Điều chuyển đơn vị')).toEqual(['Từ đơn vị', 'Đến đơn vị', 'Ngày chuyển']);
    expect(header('Yêu cầu giải trình')).toEqual(
      expect.arrayContaining(['Việc phải giải trình', 'Nội dung giải trình (nhạy cảm)', 'Ý kiến xem xét (nhạy cảm)']),
    );
    expect(header('Thông báo')).toEqual(['Tiêu đề', 'Loại', 'Liên quan đến', 'Tạo lúc', 'Đã đọc lúc']);
    expect(workbook.getWorksheet('Điều chuyển đơn vị')!.getRow(2).values).toContain('06/03/2026');
    const leader = (await admin.get(`/api/v1/privacy/people/${f.people.leader.id}/export.json`)).json();
    expect(sectionOf(leader, 'documents').rows).toEqual([
      expect.objectContaining({ number: '12-KH/TU', kind: 'plan', title: 'Kế hoạch thực hiện Chỉ thị 24', issuingBody: 'Tỉnh ủy', issueDate: '2026-02-20' }),
    ]);
    expect(sectionOf(leader, 'unitMoves').rows).toEqual([]);
    expect(sectionOf(leader, 'explanationRequests').rows).toEqual([]);
  });

  test('never shows another person’s notifications, and marks when the person read theirs', async () => {
    await assignTo('subject', 'Việc của đồng chí Bình', '2026-03-13');
    await assignTo('colleague', 'Việc riêng của đồng chí Hoa', '2026-03-13');
    const subject = await clientOf('subject');
    const [mine] = (await subject.get('/api/v1/notifications')).json().items;
    expect((await subject.post('/api/v1/notifications/read', { ids: [mine.id] })).statusCode).toBe(200);
    const own = await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`);
    expect(sectionOf(own.json(), 'notifications').rows).toEqual([
      expect.objectContaining({ title: expect.stringContaining('Việc của đồng chí Bình'), readAt: expect.any(String) }),
    ]);
    expect(own.body).not.toContain('Việc riêng của đồng chí Hoa');
    const colleague = await f.clients.admin.get(`/api/v1/privacy/people/${f.people.colleague.id}/export.json`);
    expect(sectionOf(colleague.json(), 'notifications').rows).toEqual([
      expect.objectContaining({ title: expect.stringContaining('Việc riêng của đồng chí Hoa'), readAt: null }),
    ]);
    expect(colleague.body).not.toContain('Việc của đồng chí Bình');
  });

  test('adds the person’s own data requests with their answers, and their sign-in sessions without the session secrets', async () => {
    const body = { personId: f.people.subject.id, kind: 'access', receivedOn: '2026-03-02', note: 'Xin bản sao dữ liệu' };
    const created = await f.clients.admin.post('/api/v1/privacy/requests', body);
    expect((await f.clients.admin.post(`/api/v1/privacy/requests/${created.json().id}/answer`, { answer: 'Đã gửi bản sao' })).statusCode).toBe(200);
    const exported = (await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`)).json();
    expect(sectionOf(exported, 'privacyRequests').rows).toEqual([
      expect.objectContaining({ kind: 'access', receivedOn: '2026-03-02', note: 'Xin bản sao dữ liệu', reply: 'Đã gửi bản sao', handlerName: 'Hoàng Văn Nam' }),
    ]);
    const sessions = sectionOf(exported, 'sessions').rows;
    expect(sessions).toEqual([expect.objectContaining({ username: f.people.subject.username, address: expect.any(String) })]);
    expect(Object.keys(sessions[0]).sort()).toEqual(['address', 'createdAt', 'expiresAt', 'lastSeenAt', 'userAgent', 'username']);
  });

  test('adds what the person set up: followed tasks, saved views, recurring tasks and notification choices', async () => {
    const subject = f.clients.subject;
    const { id: task } = await assignTo('subject', 'Rà soát quy chế làm việc', '2026-03-20');
    expect((await f.clients.colleague.put(`/api/v1/tasks/${task}/follow`)).statusCode).toBe(404);
    expect((await subject.put(`/api/v1/tasks/${task}/follow`)).json()).toMatchObject({ following: true });
    expect((await subject.post('/api/v1/tasks/views', { name: 'Việc sắp đến hạn', filters: { signal: 'due_soon' } })).statusCode).toBe(200);
    const series = await f.clients.head.post('/api/v1/task-series', {
      title: 'Báo cáo tuần',
      expectedOutput: 'Báo cáo',
      unitId: f.department.id,
      ownerId: f.people.subject.id,
      schedule: { kind: 'weekly', weekday: 5 },
      leadWorkingDays: 2,
      startsOn: '2026-03-02',
    });
    expect(series.statusCode).toBe(200);
    expect((await subject.put('/api/v1/notifications/preferences/signal', { channel: 'email_now' })).statusCode).toBe(200);

    const exported = (await f.clients.admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`)).json();
    expect(sectionOf(exported, 'followedTasks').rows).toEqual([expect.objectContaining({ taskId: task, title: 'Rà soát quy chế làm việc' })]);
    expect(sectionOf(exported, 'savedViews').rows).toEqual([expect.objectContaining({ name: 'Việc sắp đến hạn', filters: { signal: 'due_soon' } })]);
    expect(sectionOf(exported, 'taskSeries').rows).toEqual([expect.objectContaining({ title: 'Báo cáo tuần', role: 'owner', status: 'active' })]);
    expect(sectionOf(exported, 'notificationPreferences').rows).toEqual([expect.objectContaining({ kind: 'signal', channel: 'email_now' })]);
    // The head assigned the series: it is in the head's export too, as the assigner; the subject's follow is not.
    const head = (await f.clients.admin.get(`/api/v1/privacy/people/${f.people.head.id}/export.json`)).json();
    expect(sectionOf(head, 'taskSeries').rows).toEqual([expect.objectContaining({ title: 'Báo cáo tuần', role: 'assigner' })]);
    expect(sectionOf(head, 'followedTasks').rows).toEqual([]);
  });
});
