import { describe } from 'vitest';
import { expect, test, type DisseminationFixture } from '../../test/fixtures/index.js';

let f: DisseminationFixture;
test.beforeEach(({ dissemination }) => {
  f = dissemination;
});

const fields = (response: { json(): { errors?: { field: string }[] } }) => (response.json().errors ?? []).map((e) => e.field);

describe('bad input answers 400 naming the fields', () => {
  test.each([
    ['no documents', { documents: [] }, 'body.documents'],
    ['an empty audience', { audience: {} }, 'body.audience.unitIds'],
    ['a deadline of zero working days', { deadline: { kind: 'working_days', workingDays: 0 } }, 'body.deadline.workingDays'],
    [
      'a quiz answer that does not exist',
      { quiz: { passPercent: 50, questions: [{ text: 'Câu hỏi?', options: ['A', 'B'], correctIndex: 3 }] } },
      'body.quiz.questions.0.correctIndex',
    ],
    ['a past deadline', { deadline: { kind: 'date', dueDate: '2026-02-27' } }, 'body.deadline.dueDate'],
    ['a document not in the register', { documents: [{ documentId: '00000000-0000-4000-8000-000000000000' }] }, 'body.documents.0.documentId'],
    ['a stale version', { documents: [{ documentId: 'DIRECTIVE', versionId: '00000000-0000-4000-8000-000000000000' }] }, 'body.documents.0.versionId'],
    ['an unknown unit in the audience', { audience: { unitIds: ['00000000-0000-4000-8000-000000000000'] } }, 'body.audience.unitIds.0'],
  ])('%s', async (_name, overrides, field) => {
    const body = JSON.parse(JSON.stringify(f.campaignBody(overrides)).replace('DIRECTIVE', f.directive.id));
    const response = await f.clients.leader.post('/api/v1/campaigns', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().message.vi).toBeTruthy();
    expect(fields(response)).toContain(field);
  });

  test('refuses bad bodies on the person’s commands', async () => {
    const campaign = await f.launch();
    const id = (await f.assignmentOf('lan', campaign.id))!;
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/acknowledge`, { confirm: false })).statusCode).toBe(400);
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/commit`, { typedName: '', confirm: true })).statusCode).toBe(400);
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/quiz`, { answers: [] })).statusCode).toBe(400);
    expect((await f.clients.lan.get('/api/v1/campaigns?limit=0')).statusCode).toBe(400);
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/laggards?cursor=zzz`)).statusCode).toBe(400);
    expect((await f.clients.head.get('/api/v1/campaigns/not-a-uuid')).statusCode).toBe(400);
  });

  test('refuses steps out of order with 409 and changes nothing', async () => {
    const campaign = await f.launch();
    const id = (await f.assignmentOf('lan', campaign.id))!;
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/acknowledge`, { confirm: true })).json().code).toBe('not_opened');
    await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/open`);
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/commit`, { typedName: 'Nguyễn Thị Lân', confirm: true })).json().code).toBe(
      'not_acknowledged',
    );
    expect((await f.clients.lan.post(`/api/v1/dissemination/assignments/${id}/quiz`, { answers: [0] })).json().code).toBe('no_quiz');
    expect((await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/launch`)).statusCode).toBe(409);
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json().overall).toMatchObject({ read: 1, acknowledged: 0, committed: 0 });
  });
});

describe('editing a draft', () => {
  test('corrects a draft until launch, then refuses with 409', async () => {
    const draft = (await f.clients.head.post('/api/v1/campaigns', f.campaignBody())).json();
    const second = await f.registerDocument('Quy chế làm việc của Ban Tuyên giáo');
    const edited = await f.clients.head.put(
      `/api/v1/campaigns/${draft.id}`,
      f.campaignBody({
        title: 'Quán triệt Chỉ thị 24 và Quy chế làm việc',
        documents: [{ documentId: f.directive.id }, { documentId: second.id }],
        audience: { unitIds: [f.units.team.id] },
      }),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Quán triệt Chỉ thị 24 và Quy chế làm việc', audience: { units: [{ id: f.units.team.id }] } });
    expect(edited.json().documents).toHaveLength(2);
    expect((await f.clients.head.put(`/api/v1/campaigns/${draft.id}`, f.campaignBody({ documents: [] }))).statusCode).toBe(400);
    expect((await f.clients.lan.put(`/api/v1/campaigns/${draft.id}`, f.campaignBody())).statusCode).toBe(404);
    expect((await f.clients.lawHead.put(`/api/v1/campaigns/${draft.id}`, f.campaignBody())).statusCode).toBe(404);
    const launched = (await f.clients.head.post(`/api/v1/campaigns/${draft.id}/launch`)).json();
    expect(launched.totals.assigned).toBe(2);
    expect((await f.clients.head.put(`/api/v1/campaigns/${draft.id}`, f.campaignBody())).json().code).toBe('not_draft');
  });
});

describe('who may do what', () => {
  test('lets staff create nothing, and a head only within their subtree', async () => {
    expect((await f.clients.lan.post('/api/v1/campaigns', f.campaignBody())).statusCode).toBe(403);
    expect((await f.clients.lawHead.post('/api/v1/campaigns', f.campaignBody())).statusCode).toBe(403);
    const outside = await f.clients.head.post('/api/v1/campaigns', f.campaignBody({ audience: { unitIds: [f.units.law.id] } }));
    expect(outside.statusCode).toBe(400);
    expect(fields(outside)).toEqual(['body.audience']);
    expect((await f.clients.head.post('/api/v1/campaigns', f.campaignBody({ audience: { wholeAgency: true } }))).statusCode).toBe(400);
    expect((await f.clients.admin.post('/api/v1/campaigns', f.campaignBody({ audience: { wholeAgency: true } }))).statusCode).toBe(200);
  });

  test('hides a campaign and its coverage from people outside its scope (404)', async () => {
    const campaign = await f.launch();
    for (const who of ['lan', 'outsider', 'lawHead'] as const) {
      expect((await f.clients[who].get(`/api/v1/campaigns/${campaign.id}`)).statusCode).toBe(404);
      expect((await f.clients[who].get(`/api/v1/campaigns/${campaign.id}/coverage`)).statusCode).toBe(404);
      expect((await f.clients[who].get(`/api/v1/campaigns/${campaign.id}/laggards`)).statusCode).toBe(404);
      expect((await f.clients[who].post(`/api/v1/campaigns/${campaign.id}/remind`)).statusCode).toBe(404);
      expect((await f.clients[who].post(`/api/v1/campaigns/${campaign.id}/close`, {})).statusCode).toBe(404);
    }
    expect((await f.clients.lawHead.get('/api/v1/campaigns')).json().items).toEqual([]);
    expect((await f.clients.leader.get('/api/v1/campaigns')).json().items.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
  });

  test('gives a unit head of an agency-wide campaign the coverage of their own subtree only', async () => {
    const campaign = await f.launch({ unitId: f.root.id, audience: { wholeAgency: true } }, 'leader');
    expect((await f.clients.lawHead.get(`/api/v1/campaigns/${campaign.id}`)).json()).toMatchObject({ abilities: ['coverage'] });
    const mine = (await f.clients.lawHead.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json();
    expect(mine.overall.assigned).toBe(2);
    expect(mine.units.map((u: { unit: { name: string } }) => u.unit.name)).toEqual(['Ban Dân chủ – Pháp luật']);
    expect((await f.clients.lawHead.get(`/api/v1/campaigns/${campaign.id}/laggards`)).json().items).toHaveLength(2);
    expect((await f.clients.lawHead.post(`/api/v1/campaigns/${campaign.id}/remind`)).statusCode).toBe(403);
    expect((await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json().overall.assigned).toBe(8);
  });

  test('keeps each person’s assignment their own (404 for anyone else)', async () => {
    const campaign = await f.launch();
    const id = (await f.assignmentOf('lan', campaign.id))!;
    expect((await f.clients.minh.get(`/api/v1/dissemination/assignments/${id}`)).statusCode).toBe(404);
    expect((await f.clients.head.post(`/api/v1/dissemination/assignments/${id}/open`)).statusCode).toBe(404);
    expect((await f.clients.leader.get(`/api/v1/dissemination/assignments/${id}/events`)).statusCode).toBe(404);
  });
});

describe('Party membership stays with those who may see it', () => {
  test('lets only leaders, heads and administrators target Party members, and hides such a campaign from others', async () => {
    const editor = await f.extraClient(['editor', 'staff'], 'Mai Quang Huy');
    const inspector = await f.extraClient(['inspector'], 'Bùi Thị Ngọc Ánh');
    const partyOnly = { unitId: f.root.id, audience: { wholeAgency: true, partyMembersOnly: true } };
    expect((await editor.post('/api/v1/campaigns', f.campaignBody(partyOnly))).statusCode).toBe(403);
    const campaign = await f.launch(partyOnly, 'leader');
    expect((await inspector.get(`/api/v1/campaigns/${campaign.id}/laggards`)).statusCode).toBe(404);
    expect((await editor.get(`/api/v1/campaigns/${campaign.id}/coverage`)).statusCode).toBe(404);
    expect((await editor.post(`/api/v1/campaigns/${campaign.id}/remind`)).statusCode).toBe(404);
    expect((await inspector.get('/api/v1/campaigns')).json().items).toEqual([]);
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/laggards`)).statusCode).toBe(200);
  });
});
