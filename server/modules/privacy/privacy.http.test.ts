import { describe } from 'vitest';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

async function otherAgencyAdmin() {
  const { root } = await createAgency(t.database.db, 'Cơ quan khác');
  const admin = await createUser(t.database.db, root, ['agency_admin'], { fullName: 'Quản trị cơ quan khác' });
  return api(t.app, await login(t.app, admin.username));
}

describe('the register of personal-data requests', () => {
  test('registers a request with the Decree 356 deadline, lists it, flags it overdue and answers it once', async () => {
    // Received Friday 27/02/2026: 2 working days → Tuesday 03/03/2026.
    const created = await f.clients.admin.post('/api/v1/privacy/requests', {
      personId: f.people.subject.id,
      kind: 'access',
      receivedOn: '2026-02-27',
      note: 'Xin bản sao dữ liệu',
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      personName: 'Nguyễn Văn Bình',
      state: 'received',
      answerDueOn: '2026-03-03',
      isOverdue: false,
      abilities: ['answer', 'refuse'],
    });
    expect(created.json().dueRule).toContain('356/2025');
    t.clock.set(new Date('2026-03-04T03:00:00Z'));
    // Two days later the session has lapsed: sign in again.
    const admin = api(t.app, await login(t.app, f.people.admin.username));
    const list = await admin.get('/api/v1/privacy/requests');
    expect(list.json().items).toEqual([expect.objectContaining({ id: created.json().id, isOverdue: true })]);
    const answered = await admin.post(`/api/v1/privacy/requests/${created.json().id}/answer`, { answer: 'Đã gửi bản sao qua thư điện tử' });
    expect(answered.json()).toMatchObject({ state: 'answered', isOverdue: false, handlerName: 'Hoàng Văn Nam', abilities: [] });
    const again = await admin.post(`/api/v1/privacy/requests/${created.json().id}/refuse`, { reason: 'x' });
    expect(again.statusCode).toBe(409);
    // Each write and each export leaves an audit row; the request's note (personal details) stays out of it.
    expect((await admin.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`)).statusCode).toBe(200);
    const audit = (await admin.get('/api/v1/audit?action=privacy_request.')).json().items;
    expect(audit.map((event: { action: string }) => event.action)).toEqual(['privacy_request.answered', 'privacy_request.created']);
    expect(JSON.stringify(audit)).not.toContain('Xin bản sao');
    const exported = (await admin.get('/api/v1/audit?action=personal_data.exported')).json().items;
    expect(exported).toEqual([expect.objectContaining({ subjectId: f.people.subject.id })]);
  });

  test('uses the Decree 13 rule (72 hours) for requests received before 2026, and refuses with a reason', async () => {
    const created = await f.clients.admin.post('/api/v1/privacy/requests', { personId: f.people.colleague.id, kind: 'deletion', receivedOn: '2025-12-30' });
    expect(created.json()).toMatchObject({ answerDueOn: '2026-01-02', kind: 'deletion' });
    const refused = await f.clients.admin.post(`/api/v1/privacy/requests/${created.json().id}/refuse`, { reason: 'Dữ liệu phải lưu theo quy định lưu trữ' });
    expect(refused.json()).toMatchObject({ state: 'refused', refusalReason: 'Dữ liệu phải lưu theo quy định lưu trữ' });
    const refusedOnly = await f.clients.admin.get('/api/v1/privacy/requests?state=refused');
    expect(refusedOnly.json().items.map((item: { id: string }) => item.id)).toEqual([created.json().id]);
  });

  test('answers bad input with a problem naming the fields, and changes nothing', async () => {
    for (const body of [
      { personId: 'x', kind: 'access', receivedOn: '2026-02-27' },
      { personId: f.people.subject.id, kind: 'erase', receivedOn: '2026-02-27' },
      { personId: f.people.subject.id, kind: 'access', receivedOn: '27/02/2026' },
      { personId: f.people.subject.id, kind: 'access', receivedOn: '2026-03-09' },
    ]) {
      const response = await f.clients.admin.post('/api/v1/privacy/requests', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
    const created = await f.clients.admin.post('/api/v1/privacy/requests', { personId: f.people.subject.id, kind: 'objection', receivedOn: '2026-03-02' });
    expect((await f.clients.admin.post(`/api/v1/privacy/requests/${created.json().id}/answer`, { answer: '  ' })).statusCode).toBe(400);
    expect((await f.clients.admin.get('/api/v1/privacy/requests?state=nonsense')).statusCode).toBe(400);
    expect((await f.clients.admin.get(`/api/v1/privacy/requests/${created.json().id}`)).json().state).toBe('received');
    expect((await f.clients.admin.get('/api/v1/privacy/requests')).json().items).toHaveLength(1);
  });

  test('refuses people who are not administrators (403) and hides other agencies (404)', async () => {
    const created = await f.clients.admin.post('/api/v1/privacy/requests', { personId: f.people.subject.id, kind: 'access', receivedOn: '2026-03-02' });
    const id = created.json().id;
    for (const client of [f.clients.leader, f.clients.inspector, f.clients.subject]) {
      expect((await client.get('/api/v1/privacy/requests')).statusCode).toBe(403);
      expect((await client.get(`/api/v1/privacy/requests/${id}`)).statusCode).toBe(403);
      expect((await client.post('/api/v1/privacy/requests', { personId: f.people.subject.id, kind: 'access', receivedOn: '2026-03-02' })).statusCode).toBe(403);
      expect((await client.post(`/api/v1/privacy/requests/${id}/answer`, { answer: 'x' })).statusCode).toBe(403);
      expect((await client.post(`/api/v1/privacy/requests/${id}/refuse`, { reason: 'x' })).statusCode).toBe(403);
      expect((await client.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`)).statusCode).toBe(403);
      expect((await client.get(`/api/v1/privacy/people/${f.people.subject.id}/export.xlsx`)).statusCode).toBe(403);
    }
    expect((await api(t.app, null).get('/api/v1/privacy/requests')).statusCode).toBe(401);
    const other = await otherAgencyAdmin();
    expect((await other.get(`/api/v1/privacy/requests/${id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/privacy/requests/${id}/answer`, { answer: 'x' })).statusCode).toBe(404);
    expect((await other.post(`/api/v1/privacy/requests/${id}/refuse`, { reason: 'x' })).statusCode).toBe(404);
    expect((await other.get('/api/v1/privacy/requests')).json().items).toEqual([]);
    expect((await other.post('/api/v1/privacy/requests', { personId: f.people.subject.id, kind: 'access', receivedOn: '2026-03-02' })).statusCode).toBe(404);
    expect((await other.get(`/api/v1/privacy/people/${f.people.subject.id}/export.json`)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/privacy/people/${f.people.subject.id}/export.xlsx`)).statusCode).toBe(404);
    expect((await f.clients.admin.get(`/api/v1/privacy/people/${crypto.randomUUID()}/export.json`)).statusCode).toBe(404);
    expect((await f.clients.admin.get('/api/v1/privacy/people/not-a-uuid/export.json')).statusCode).toBe(400);
    expect((await f.clients.admin.get(`/api/v1/privacy/requests/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});
