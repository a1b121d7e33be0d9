import { describe } from 'vitest';
import { conductCases } from '../../db/schema/index.js';
import { openMarch } from '../../test/fixtures/evaluation.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

const path = (id: string, step = '') => `/api/v1/evaluation/scorecards/${id}${step ? `/${step}` : ''}`;

describe('evaluation: the steps of a scorecard and their refusals', () => {
  let t: TestApp;
  let f: WorkFixture;
  // Asking for `evaluation` records March's work in the fixture's department first.
  test.beforeEach(({ app, work, evaluation: _march }) => {
    t = app;
    f = work;
  });

  test('runs self-assessment → review with an override → decision → publication → appeal → answer → close', async () => {
    const { period, cards } = await openMarch(f);
    const selfAssessed = await f.clients.lan.post(path(cards.lan, 'self-assessment'), { general: 18, bonus: 4, comment: 'Hoàn thành các nhiệm vụ được giao' });
    expect(selfAssessed.statusCode).toBe(200);
    expect(selfAssessed.json()).toMatchObject({ state: 'review', score: 86.74 });
    expect((await f.clients.head.get('/api/v1/evaluation/queue?step=review')).json().items.map((item: { id: string }) => item.id)).toContain(cards.lan);

    const reviewed = await f.clients.head.post(path(cards.lan, 'review'), {
      comment: 'Trễ do chờ số liệu',
      overrides: [{ figure: 'tasks', value: 67.37, reason: 'Báo cáo trễ do Ban Phong trào gửi số liệu muộn' }],
    });
    expect(reviewed.statusCode).toBe(200);
    const card = reviewed.json();
    expect(card).toMatchObject({ state: 'decision', score: 89.37, computedLevel: 'HTTNV' });
    const override = card.lines.find((line: { kind: string }) => line.kind === 'override');
    expect(override.label.vi).toContain('64,74 → 67,37');
    expect(override.label.vi).toContain('Ban Phong trào gửi số liệu muộn');
    expect(card.overrides[0]).toMatchObject({ figure: 'tasks', byName: 'Đặng Thu Hương' });

    expect((await f.clients.head.post(path(cards.lan, 'decide'), {})).json()).toMatchObject({ level: 'HTTNV' });
    const published = await f.clients.head.post(`/api/v1/evaluation/periods/${period.id}/publish`);
    expect(published.statusCode).toBe(200);
    const mine = (await f.clients.lan.get(path(cards.lan))).json();
    expect(mine).toMatchObject({ state: 'published', level: 'HTTNV', abilities: ['appeal'] });
    const notice = await f.clients.lan.get(`${path(cards.lan)}/notice.docx`);
    expect(notice.statusCode).toBe(200);
    expect(notice.headers['content-type']).toContain('wordprocessingml');
    expect(notice.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const appealed = await f.clients.lan.post(path(cards.lan, 'appeal'), { reason: 'Báo cáo trễ không do lỗi của tôi, đề nghị xem xét loại A' });
    expect(appealed.json()).toMatchObject({ state: 'appeal' });
    expect((await f.clients.head.get('/api/v1/evaluation/queue?step=appeal')).json().items).toHaveLength(1);
    const answered = await f.clients.head.post(path(cards.lan, 'answer'), { answer: 'Giữ nguyên mức B: điểm 89,37 dưới ngưỡng 90' });
    expect(answered.json()).toMatchObject({ state: 'closed', level: 'HTTNV', appealAnswer: 'Giữ nguyên mức B: điểm 89,37 dưới ngưỡng 90' });
    const events = (await f.clients.lan.get(path(cards.lan, 'events'))).json().items.map((event: { kind: string }) => event.kind);
    expect(events).toEqual(['opened', 'self_assessed', 'reviewed', 'decided', 'published', 'appealed', 'answered']);
    const history = (await f.clients.lan.get('/api/v1/evaluation/history')).json();
    expect(history.items).toEqual([expect.objectContaining({ startsOn: '2026-03-01', score: 89.37, level: 'HTTNV' })]);
    // The others are still undecided: the period cannot close.
    const close = await f.clients.head.post(`/api/v1/evaluation/periods/${period.id}/close`);
    expect(close.statusCode).toBe(409);
    expect(close.json().code).toBe('period_pending');
  });

  test('refuses the wrong person at each step', async () => {
    const { cards } = await openMarch(f);
    expect((await f.clients.head.post(path(cards.lan, 'self-assessment'), { general: 20 })).statusCode).toBe(403);
    expect((await f.clients.minh.post(path(cards.lan, 'self-assessment'), { general: 20 })).statusCode).toBe(404);
    await f.clients.lan.post(path(cards.lan, 'self-assessment'), { general: 20 });
    const wrongReviewer = await f.clients.leader.post(path(cards.lan, 'review'), {});
    expect(wrongReviewer.statusCode).toBe(403);
    expect(wrongReviewer.json().message.vi).toContain('quản lý trực tiếp');
    expect((await f.clients.outsider.post(path(cards.lan, 'review'), {})).statusCode).toBe(404);
    expect((await f.clients.lan.post(path(cards.lan, 'review'), {})).statusCode).toBe(403);
    expect((await f.clients.head.post(path(cards.lan, 'decide'), {})).statusCode).toBe(409);
  });

  test('refuses an override without a written reason or above the part, changing nothing', async () => {
    const { cards } = await openMarch(f);
    await f.clients.lan.post(path(cards.lan, 'self-assessment'), { general: 18 });
    const noReason = await f.clients.head.post(path(cards.lan, 'review'), { overrides: [{ figure: 'general', value: 20 }] });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((error: { field: string }) => error.field)).toContain('body.overrides.0.reason');
    const tooMuch = await f.clients.head.post(path(cards.lan, 'review'), { overrides: [{ figure: 'general', value: 25, reason: 'Rất tích cực trong tháng' }] });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0].field).toBe('body.overrides.0.value');
    expect((await f.clients.lan.get(path(cards.lan))).json()).toMatchObject({ state: 'review', overrides: [] });
    const selfTooMuch = await f.clients.minh.post(path(cards.minh, 'self-assessment'), { general: 25 });
    expect(selfTooMuch.json().errors[0].field).toBe('body.general');
  });

  test('refuses a decision over the cap, naming the cap, the count and the people, and accepts a lower level with a reason', async () => {
    const { period, cards } = await openMarch(f);
    await f.clients.minh.post(path(cards.minh, 'self-assessment'), { general: 20, bonus: 5 });
    await f.clients.head.post(path(cards.minh, 'review'), {});
    const minh = (await f.clients.head.get(path(cards.minh))).json();
    expect(minh).toMatchObject({ score: 95, computedLevel: 'HTXSNV' });
    const refused = await f.clients.head.post(path(cards.minh, 'decide'), {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('cap_exceeded');
    // Three rated in the unit: 30 % of 3 allows none at level A.
    expect(refused.json().message.vi).toContain('tối đa 30 % số người được đánh giá (3) = 0 người');
    expect(refused.json().message.vi).toContain('Trần Văn Minh');
    expect((await f.clients.head.post(path(cards.minh, 'decide'), { level: 'HTTNV' })).statusCode).toBe(400);
    const lowered = await f.clients.head.post(path(cards.minh, 'decide'), { level: 'HTTNV', reason: 'Tỷ lệ loại A của đơn vị đã đủ' });
    expect(lowered.json()).toMatchObject({ level: 'HTTNV', computedLevel: 'HTXSNV' });
    const distribution = (await f.clients.head.get(`/api/v1/evaluation/periods/${period.id}`)).json().distribution[0];
    expect(distribution.cap).toMatchObject({ percent: 30, allowed: 0, count: 0, isExceeded: false });
  });

  test('refuses an appeal after the window, and leaders decide for the unit head', async () => {
    const { period, cards } = await openMarch(f);
    await f.clients.head.post(path(cards.head, 'self-assessment'), { general: 15 });
    expect((await f.clients.head.get('/api/v1/evaluation/queue?step=review')).json().items).toHaveLength(0);
    const leaderReview = await f.clients.leader.post(path(cards.head, 'review'), {});
    expect(leaderReview.statusCode).toBe(200);
    expect((await f.clients.head.post(path(cards.head, 'decide'), {})).statusCode).toBe(403);
    const decided = await f.clients.leader.post(path(cards.head, 'decide'), {});
    expect(decided.statusCode).toBe(200);
    await f.clients.leader.post(`/api/v1/evaluation/periods/${period.id}/publish`);
    const published = (await f.clients.head.get(path(cards.head))).json();
    t.clock.set(new Date(`${published.appealDueOn}T17:30:00Z`));
    await f.logInAgain();
    const late = await f.clients.head.post(path(cards.head, 'appeal'), { reason: 'Đề nghị xem xét lại kết quả' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('appeal_window_closed');
  });

  test("never rates a unit head above the unit they lead, and says the unit's level", async () => {
    const { cards } = await openMarch(f);
    await f.clients.head.post(path(cards.head, 'self-assessment'), { general: 20, bonus: 5 });
    await f.clients.leader.post(path(cards.head, 'review'), {});
    const above = await f.clients.leader.post(path(cards.head, 'decide'), { level: 'HTXSNV', reason: 'Lãnh đạo đề nghị xuất sắc' });
    expect(above.statusCode).toBe(409);
    expect(above.json().code).toBe('above_unit_rating');
    expect(above.json().detail).toMatch(/đơn vị đạt (HTTNV|HTNV|KHTNV)/);
    const card = (await f.clients.leader.get(path(cards.head))).json();
    expect(card).toMatchObject({ state: 'decision', level: null });
    // Accepting the computed level gives the unit's level at most, and records why.
    const accepted = await f.clients.leader.post(path(cards.head, 'decide'), {});
    expect(accepted.statusCode).toBe(200);
    // The head computes at HTXSNV; the unit is at HTNV (on time 67 %, half the members good or better).
    expect(above.json().detail).toContain('đơn vị đạt HTNV');
    expect(accepted.json()).toMatchObject({ level: 'HTNV', computedLevel: 'HTXSNV' });
    const events = (await f.clients.leader.get(path(cards.head, 'events'))).json().items;
    expect(events.find((event: { kind: string }) => event.kind === 'decided').reason).toContain('Không cao hơn mức của đơn vị: HTNV');
  });

  test('rates a person disciplined in the period at the lowest level, naming the case', async () => {
    const caseId = crypto.randomUUID();
    await t.database.db.insert(conductCases).values({
      id: caseId,
      agencyId: f.agencyId,
      subjectKind: 'person',
      subjectPersonId: f.people.minh.id,
      subjectUnitId: f.department.id,
      subjectUnitPath: f.department.path,
      subjectName: 'Trần Văn Minh',
      subjectCategory: 'civil_servant',
      title: 'Chậm xử lý hồ sơ',
      searchText: 'cham xu ly ho so',
      description: 'Chậm xử lý hồ sơ',
      source: 'inspection',
      status: 'notified',
      detectedOn: '2026-02-10',
      handlingDueOn: '2026-06-10',
      measureKind: 'discipline',
      disciplineFormCode: 'khien_trach',
      decisionOn: '2026-03-20',
      decisionNumber: '05/QĐ-KL',
      createdAt: new Date('2026-02-10T02:00:00Z'),
      updatedAt: new Date('2026-03-20T02:00:00Z'),
    });
    const { cards } = await openMarch(f);
    await f.clients.minh.post(path(cards.minh, 'self-assessment'), { general: 20, bonus: 5 });
    const minh = (await f.clients.minh.get(path(cards.minh))).json();
    expect(minh).toMatchObject({ score: 95, computedLevel: 'KHTNV' });
    expect(minh.levelReasons[0]).toMatchObject({ caseId });
    expect(minh.levelReasons[0].text.vi).toContain('Khiển trách');
    expect(minh.lines.find((line: { kind: string }) => line.kind === 'discipline')).toMatchObject({ caseId, points: 0 });
  });

  test('tells the reviewer in one bell line a day how many scorecards wait, and names periods and dates as people write them', async () => {
    const { cards } = await openMarch(f);
    type Line = { kind: string; title: { vi: string }; needsAction: boolean; line: { count: number } };
    const lanBell = (await f.clients.lan.get('/api/v1/notifications')).json().items as Line[];
    expect(lanBell.find((item) => item.kind === 'evaluation_self_assessment')?.title.vi).toMatch(/^Tự đánh giá tháng 03\/2026 trước ngày \d{2}\/\d{2}\/2026$/);
    for (const who of ['lan', 'minh'] as const) expect((await f.clients[who].post(path(cards[who], 'self-assessment'), { general: 18 })).statusCode).toBe(200);
    const headBell = (await f.clients.head.get('/api/v1/notifications')).json().items as Line[];
    const toReview = headBell.filter((item) => item.kind === 'evaluation_to_review');
    expect(toReview).toEqual([expect.objectContaining({ needsAction: true, line: expect.objectContaining({ count: 2 }) })]);
    expect(toReview[0].title.vi).toBe('2 thông báo: Phiếu đánh giá chờ nhận xét');
  });
});
