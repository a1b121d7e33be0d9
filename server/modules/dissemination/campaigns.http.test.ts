import { describe } from 'vitest';
import { expect, test, type TestApp, type DisseminationFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DisseminationFixture;
test.beforeEach(({ app, dissemination }) => {
  t = app;
  f = dissemination;
});

const names = (page: { items: { person: { fullName: string } }[] }) => page.items.map((item) => item.person.fullName);

describe('a campaign from draft to coverage', () => {
  test('assigns the unit subtree at launch; a staff member reads, acknowledges and commits; coverage counts it', async () => {
    const created = await f.clients.head.post('/api/v1/campaigns', f.campaignBody());
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      status: 'draft',
      abilities: ['edit', 'launch'],
      documents: [{ documentId: f.directive.id, versionNumber: 1, hasNewerVersion: false }],
    });
    expect((await f.clients.lan.get('/api/v1/dissemination/mine')).json().items).toEqual([]);

    const launched = (await f.clients.head.post(`/api/v1/campaigns/${created.json().id}/launch`)).json();
    // Mon 02/03/2026 + 5 working days.
    expect(launched).toMatchObject({ status: 'launched', deadline: { kind: 'working_days', dueDate: '2026-03-09', workingDays: 5 } });
    expect(launched.totals).toMatchObject({ assigned: 4, read: 0, acknowledged: 0 });

    const id = (await f.assignmentOf('lan', launched.id))!;
    expect(await f.assignmentOf('outsider', launched.id)).toBeUndefined();
    const opened = (await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/open`)).json();
    expect(opened).toMatchObject({ stage: 'read', abilities: ['acknowledge'] });
    const acknowledged = (await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/acknowledge`, { confirm: true })).json();
    expect(acknowledged).toMatchObject({ stage: 'acknowledged', abilities: ['commit'] });
    const wrongName = await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/commit`, { typedName: 'Nguyen Thi Lan', confirm: true });
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().errors[0].field).toBe('body.typedName');
    const committed = (await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/commit`, { typedName: 'nguyễn thị lân', confirm: true })).json();
    expect(committed).toMatchObject({ stage: 'done', abilities: [] });

    const coverage = (await f.clients.leader.get(`/api/v1/campaigns/${launched.id}/coverage`)).json();
    expect(coverage.overall).toMatchObject({ assigned: 4, read: 1, acknowledged: 1, committed: 1, done: 1, overdue: 0 });
    // Each unit counts its whole subtree; the export's page of units counts each unit's own people.
    type Row = { unit: { name: string }; assigned: number; hasChildren?: boolean };
    expect(coverage.units.map((u: Row) => [u.unit.name, u.assigned, u.hasChildren])).toEqual([
      ['Cơ quan thử nghiệm', 4, true],
      ['Ban Tuyên giáo', 4, true],
      ['Tổ Báo chí', 2, false],
    ]);
    const own = (await f.clients.leader.get(`/api/v1/campaigns/${launched.id}/coverage/units`)).json();
    expect(own.items.map((u: Row) => [u.unit.name, u.assigned])).toEqual([
      ['Ban Tuyên giáo', 2],
      ['Tổ Báo chí', 2],
    ]);
    const laggards = (await f.clients.head.get(`/api/v1/campaigns/${launched.id}/laggards?limit=2`)).json();
    expect(laggards.items).toHaveLength(2);
    const next = (await f.clients.head.get(`/api/v1/campaigns/${launched.id}/laggards?limit=2&cursor=${laggards.nextCursor}`)).json();
    expect(next.nextCursor).toBeNull();
    expect([...names(laggards), ...names(next)].sort()).toEqual(['Phùng Văn Tài', 'Trần Văn Minh', 'Đặng Thu Hương']);

    const history = (await f.clients.lan.get(`/api/v1/dissemination/assignments/${id}/events`)).json();
    expect(history.items.map((e: { kind: string }) => e.kind)).toEqual(['assigned', 'opened', 'acknowledged', 'committed']);
    expect(history.items[3].detail).toEqual({ typedName: 'nguyễn thị lân' });
  });

  test('narrows by category and Party membership, and always adds named people', async () => {
    const party = await f.launch({ audience: { unitIds: [f.units.propaganda.id], partyMembersOnly: true, personIds: [f.people.outsider.id] } }, 'leader');
    expect(party.totals.assigned).toBe(3); // head, Minh, and the named outsider
    expect(await f.assignmentOf('lan', party.id)).toBeUndefined();
    const workers = await f.launch({ audience: { wholeAgency: true, categories: ['worker'] } }, 'leader');
    expect(workers.totals.assigned).toBe(1);
    expect(await f.assignmentOf('driver', workers.id)).toBeDefined();
  });

  test('adds people who join an audience unit later, and keeps the history of people who move away', async () => {
    const campaign = await f.launch();
    const lanId = (await f.assignmentOf('lan', campaign.id))!;
    await f.clients.lan.post(`/api/v1/dissemination/assignments/${lanId}/open`);
    await f.clients.lan.post(`/api/v1/dissemination/assignments/${lanId}/acknowledge`, { confirm: true });
    expect((await f.clients.admin.post(`/api/v1/people/${f.people.lan.id}/move`, { unitId: f.units.law.id })).statusCode).toBe(200);
    expect((await f.clients.admin.post(`/api/v1/people/${f.people.outsider.id}/move`, { unitId: f.units.team.id })).statusCode).toBe(200);

    // The newcomer finds the campaign in their own list at once.
    expect(await f.assignmentOf('outsider', campaign.id)).toBeDefined();
    // The one who left keeps their acknowledged assignment, counted where it was earned.
    expect((await f.clients.lan.get(`/api/v1/dissemination/assignments/${lanId}`)).json()).toMatchObject({ stage: 'acknowledged' });
    const coverage = (await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json();
    expect(coverage.overall).toMatchObject({ assigned: 5, acknowledged: 1 });
    expect(coverage.units.find((u: { unit: { id: string } }) => u.unit.id === f.units.team.id).assigned).toBe(3);
  });

  test('shows an overdue acknowledgement to the person and on coverage after the deadline', async () => {
    const campaign = await f.launch({ deadline: { kind: 'date', dueDate: '2026-03-03' } });
    t.clock.set(new Date('2026-03-04T02:00:00Z'));
    await f.logInAgain();
    const mine = (await f.clients.lan.get('/api/v1/dissemination/mine')).json();
    expect(mine.items[0]).toMatchObject({ isOverdue: true, stage: 'pending' });
    expect((await f.clients.lan.get('/api/v1/dissemination/summary')).json()).toMatchObject({ pendingCampaigns: 1, overdueCampaigns: 1 });
    const coverage = (await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json();
    expect(coverage).toMatchObject({ isPastDeadline: true, overall: { assigned: 4, overdue: 4 } });
  });

  test('scores the comprehension check, allows retries and keeps the best score', async () => {
    const quiz = {
      passPercent: 100,
      questions: [
        { text: 'Chỉ thị 24 nêu bao nhiêu biểu hiện?', options: ['20', '25'], correctIndex: 1 },
        { text: 'Ai chịu trách nhiệm chính một nhiệm vụ?', options: ['Một người chủ trì', 'Cả tập thể'], correctIndex: 0 },
      ],
    };
    const campaign = await f.launch({ requiresCommitment: false, quiz });
    const id = (await f.assignmentOf('minh', campaign.id))!;
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}`)).json().quiz).toMatchObject({
      questionCount: 2,
      passPercent: 100,
      questions: [{ correctIndex: 1 }, { correctIndex: 0 }],
    });
    const mine = (await f.clients.minh.post(`/api/v1/dissemination/assignments/${id}/open`)).json();
    expect(mine.quiz.questions[0]).toEqual({ text: quiz.questions[0].text, options: ['20', '25'] });
    expect((await f.clients.minh.post(`/api/v1/dissemination/assignments/${id}/quiz`, { answers: [1] })).statusCode).toBe(400);
    expect((await f.clients.minh.post(`/api/v1/dissemination/assignments/${id}/quiz`, { answers: [1, 1] })).json()).toEqual({
      score: 50,
      passed: false,
      correct: 1,
      total: 2,
    });
    expect((await f.clients.minh.post(`/api/v1/dissemination/assignments/${id}/quiz`, { answers: [1, 0] })).json()).toMatchObject({ score: 100, passed: true });
    await f.clients.minh.post(`/api/v1/dissemination/assignments/${id}/acknowledge`, { confirm: true });
    const done = (await f.clients.minh.get(`/api/v1/dissemination/assignments/${id}`)).json();
    expect(done).toMatchObject({ stage: 'done', quiz: { bestScore: 100, attempts: 2, hasPassed: true } });
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json().overall).toMatchObject({ passed: 1, done: 1 });
  });

  test('reminds those who have not finished, once a day; each notice opens the person’s own assignment', async () => {
    const campaign = await f.launch();
    expect((await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/remind`)).json()).toEqual({ count: 4 });
    await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/remind`);
    for (const who of ['lan', 'minh'] as const) {
      const own = { type: 'campaign_assignment', id: await f.assignmentOf(who, campaign.id) };
      const notifications = (await f.clients[who].get('/api/v1/notifications')).json();
      expect(notifications.items.filter((n: { kind: string }) => n.kind === 'dissemination_reminder').map((n: { subject: unknown }) => n.subject)).toEqual([
        own,
      ]);
      expect(notifications.items.filter((n: { kind: string }) => n.kind === 'dissemination_assigned').map((n: { subject: unknown }) => n.subject)).toEqual([
        own,
      ]);
    }
  });

  test('closes a campaign; nobody acts on it afterwards', async () => {
    const campaign = await f.launch();
    const id = (await f.assignmentOf('lan', campaign.id))!;
    expect((await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/close`, {})).json()).toMatchObject({ status: 'closed', abilities: ['coverage'] });
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/open`)).statusCode).toBe(409);
    expect((await f.clients.lan.get('/api/v1/dissemination/mine')).json().items).toEqual([]);
    expect((await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/close`, {})).statusCode).toBe(409);
  });
});

describe('coverage of a large agency, a few levels at a time', () => {
  test('returns the levels asked for with a drill-down mark, re-roots on a unit, and pages every unit for the export', async () => {
    const campaign = await f.launch({ unitId: f.root.id, audience: { wholeAgency: true } }, 'leader');
    type Row = { unit: { id: string; name: string }; depth: number; assigned: number; hasChildren: boolean };
    const get = async (query: string) => (await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage${query}`)).json();
    const top = await get('?levels=1');
    expect(top.units.every((u: Row) => u.depth <= 1)).toBe(true);
    const department = top.units.find((u: Row) => u.unit.id === f.units.propaganda.id);
    expect(department).toMatchObject({ hasChildren: true });
    expect(top.units.find((u: Row) => u.depth === 0).assigned).toBe(top.overall.assigned);

    const below = await get(`?unitId=${f.units.propaganda.id}&levels=1`);
    expect(below.units[0]).toMatchObject({ unit: { id: f.units.propaganda.id }, assigned: department.assigned });
    expect(below.overall.assigned).toBe(department.assigned);
    expect(below.units.slice(1).reduce((sum: number, u: Row) => sum + u.assigned, 0)).toBeLessThanOrEqual(department.assigned);

    const pages: Row[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`/units?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.reduce((sum, u) => sum + u.assigned, 0)).toBe(top.overall.assigned);
    expect((await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage?levels=9`)).statusCode).toBe(400);
  });
});
