import { describe } from 'vitest';
import { expect, test, type TestApp, type ProceduresFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ProceduresFixture;
test.beforeEach(({ app, procedures }) => {
  t = app;
  f = procedures;
});

describe('writing and publishing a procedure', () => {
  test('goes draft → submitted → approved → published, each by the right person, with the abilities to match', async () => {
    const created = await f.clients.head.post('/api/v1/procedures', f.procedureBody());
    expect(created.statusCode).toBe(200);
    const versionId = created.json().versions[0].id;
    const draft = (await f.clients.head.get(`/api/v1/procedure-versions/${versionId}`)).json();
    expect(draft).toMatchObject({ status: 'draft', edition: 1, abilities: { canEdit: true, canSubmit: true, canApprove: false } });
    expect(draft.steps.map((s: { name: string; position: number }) => `${s.position}. ${s.name}`)).toEqual([
      '1. Tiếp nhận, vào sổ',
      '2. Thẩm định, đề xuất',
      '3. Phê duyệt',
    ]);
    // Staff do not see a draft; they cannot submit it either.
    expect((await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}`)).statusCode).toBe(404);
    expect((await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/submit`, {})).statusCode).toBe(404);
    expect((await f.clients.leader.post(`/api/v1/procedure-versions/${versionId}/publish`, {})).statusCode).toBe(409);
    expect((await f.clients.head.post(`/api/v1/procedure-versions/${versionId}/submit`, {})).json().status).toBe('submitted');
    // A submitted version is frozen.
    expect((await f.clients.head.put(`/api/v1/procedure-versions/${versionId}`, f.procedureBody())).statusCode).toBe(409);
    expect((await f.clients.outsider.post(`/api/v1/procedure-versions/${versionId}/approve`, {})).statusCode).toBe(404);
    expect((await f.clients.leader.post(`/api/v1/procedure-versions/${versionId}/approve`, {})).json()).toMatchObject({
      status: 'approved',
      approvedBy: { fullName: 'Lê Thị Thanh Hà' },
    });
    const published = (await f.clients.leader.post(`/api/v1/procedure-versions/${versionId}/publish`, {})).json();
    expect(published).toMatchObject({ status: 'published', issueDate: '2026-03-02' });
    // Published: everyone in the agency reads it and staff of the unit may run it.
    const asClerk = (await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}`)).json();
    expect(asClerk.abilities).toEqual({ canEdit: false, canSubmit: false, canApprove: false, canPublish: false, canStartRun: true });
    expect((await f.clients.outsider.get(`/api/v1/procedure-versions/${versionId}`)).json().abilities.canStartRun).toBe(false);
  });

  test('returns a submitted draft for rework and lets the head edit it again', async () => {
    const versionId = (await f.clients.head.post('/api/v1/procedures', f.procedureBody())).json().versions[0].id;
    await f.clients.head.post(`/api/v1/procedure-versions/${versionId}/submit`, {});
    expect((await f.clients.leader.post(`/api/v1/procedure-versions/${versionId}/return`, { note: 'Bổ sung biểu mẫu' })).json().status).toBe('draft');
    const edited = await f.clients.head.put(`/api/v1/procedure-versions/${versionId}`, { ...f.procedureBody(), steps: f.procedureBody().steps.slice(0, 2) });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().steps).toHaveLength(2);
  });

  test('refuses bad input, strangers and a code already used, changing nothing', async () => {
    const bad = await f.clients.head.post('/api/v1/procedures', f.procedureBody({ steps: [] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.some((e: { field: string }) => e.field.includes('steps'))).toBe(true);
    const unknownPerson = await f.clients.head.post(
      '/api/v1/procedures',
      f.procedureBody({ steps: [{ ...f.procedureBody().steps[0], defaultPersonId: crypto.randomUUID() }] }),
    );
    expect(unknownPerson.statusCode).toBe(400);
    expect(unknownPerson.json().errors[0]).toMatchObject({
      field: 'body.steps.0.defaultPersonId',
      message: { vi: expect.any(String), en: expect.any(String) },
    });
    expect((await f.clients.clerk.post('/api/v1/procedures', f.procedureBody())).statusCode).toBe(403);
    expect((await f.clients.head.post('/api/v1/procedures', f.procedureBody({ unitId: f.organisation.id }))).statusCode).toBe(403);
    const first = await f.clients.head.post('/api/v1/procedures', f.procedureBody({ code: 'QT-01/VP' }));
    expect(first.statusCode).toBe(200);
    const again = await f.clients.head.post('/api/v1/procedures', f.procedureBody({ code: 'qt-01/vp' }));
    expect(again.statusCode).toBe(409);
    expect((await f.clients.head.get('/api/v1/procedures?q=QT-01')).json().items).toHaveLength(1);
    expect((await f.clients.head.get(`/api/v1/procedures/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  test('lists procedures by unit, status and diacritic-free text, drafts only to their writers', async () => {
    await f.publishedProcedure({ title: 'Tổ chức hội nghị' });
    await f.clients.head.post('/api/v1/procedures', f.procedureBody({ title: 'Ban hành văn bản hành chính' }));
    const forHead = (await f.clients.head.get(`/api/v1/procedures?unitId=${f.office.id}`)).json().items;
    expect(forHead.map((p: { title: string }) => p.title).sort()).toEqual(['Ban hành văn bản hành chính', 'Tổ chức hội nghị']);
    const forClerk = (await f.clients.clerk.get('/api/v1/procedures')).json().items;
    expect(forClerk.map((p: { title: string; latestStatus: string }) => [p.title, p.latestStatus])).toEqual([['Tổ chức hội nghị', 'published']]);
    expect((await f.clients.head.get('/api/v1/procedures?q=hoi nghi')).json().items.map((p: { title: string }) => p.title)).toEqual(['Tổ chức hội nghị']);
    expect((await f.clients.head.get('/api/v1/procedures?status=draft')).json().items.map((p: { title: string }) => p.title)).toEqual([
      'Ban hành văn bản hành chính',
    ]);
    expect((await f.clients.head.get(`/api/v1/procedures?unitId=${f.organisation.id}`)).json().items).toEqual([]);
  });

  test('publishes a revision: the old edition is superseded but stays readable, and runs already started keep it', async () => {
    const { procedureId, versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn của ông Nguyễn Văn A' })).json();
    expect((await f.clients.clerk.post(`/api/v1/procedures/${procedureId}/drafts`, {})).statusCode).toBe(403);
    const draft = (await f.clients.head.post(`/api/v1/procedures/${procedureId}/drafts`, {})).json();
    expect(draft).toMatchObject({ edition: 2, status: 'draft' });
    expect((await f.clients.head.post(`/api/v1/procedures/${procedureId}/drafts`, {})).statusCode).toBe(409);
    const revised = { ...f.procedureBody(), revisionNote: 'Rút ngắn thời hạn thẩm định', steps: f.procedureBody().steps.map((s) => ({ ...s, limitValue: 1 })) };
    expect((await f.clients.head.put(`/api/v1/procedure-versions/${draft.id}`, revised)).statusCode).toBe(200);
    for (const [client, step] of [
      [f.clients.head, 'submit'],
      [f.clients.head, 'approve'],
      [f.clients.head, 'publish'],
    ] as const) {
      expect((await client.post(`/api/v1/procedure-versions/${draft.id}/${step}`, {})).statusCode).toBe(200);
    }
    const detail = (await f.clients.clerk.get(`/api/v1/procedures/${procedureId}`)).json();
    expect(detail.versions.map((v: { edition: number; status: string }) => [v.edition, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    expect(detail.publishedEdition).toBe(2);
    expect((await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}`)).json()).toMatchObject({
      status: 'superseded',
      abilities: { canStartRun: false },
    });
    expect((await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}`)).json()).toMatchObject({ versionId, edition: 1 });
    expect((await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn mới' })).statusCode).toBe(409);
    expect(t.clock.now()).toBeInstanceOf(Date);
  });
});
