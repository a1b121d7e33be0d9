import { describe } from 'vitest';
import { api, login, multipart } from '../../test/http.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

const url = (id: string, verb = '') => `/api/v1/conduct/cases/${id}${verb ? `/${verb}` : ''}`;

/** Moves a fresh case to the step where the subject has been asked to explain. */
async function caseAwaitingExplanation(overrides: Record<string, unknown> = {}) {
  const opened = await f.openCase(overrides);
  expect((await f.clients.inspector.post(url(opened.id, 'verify'), { note: 'Đã kiểm tra sổ theo dõi hồ sơ' })).statusCode).toBe(200);
  const asked = await f.clients.inspector.post(url(opened.id, 'request-explanation'), { workingDays: 5, questions: 'Đề nghị giải trình lý do chậm' });
  expect(asked.statusCode).toBe(200);
  return asked.json();
}

describe('due process through the API', () => {
  test('runs record → verify → explanation → conclusion → measure → notification → close, with events', async () => {
    const asked = await caseAwaitingExplanation();
    // Monday 02/03/2026 + 5 working days.
    expect(asked).toMatchObject({ status: 'awaiting_explanation', explanationDueOn: '2026-03-09' });

    const notices = await f.clients.subject.get('/api/v1/notifications');
    expect(notices.statusCode).toBe(200);
    expect(notices.json().items).toContainEqual(
      expect.objectContaining({ kind: 'conduct_explanation_requested', subject: { type: 'conduct_case', id: asked.id } }),
    );
    const subjectView = await f.clients.subject.get(url(asked.id));
    expect(subjectView.statusCode).toBe(200);
    expect(subjectView.json()).toMatchObject({ source: null, reporter: null, abilities: ['submitExplanation', 'addEvidence'] });

    const explained = await f.clients.subject.post(url(asked.id, 'explanation'), { explanation: 'Do thiếu hồ sơ bổ sung từ công dân.' });
    expect(explained.json()).toMatchObject({ status: 'explained', explanation: 'Do thiếu hồ sơ bổ sung từ công dân.' });

    const concluded = await f.clients.inspector.post(url(asked.id, 'conclude'), {
      isViolationConfirmed: true,
      severity: 'less_serious',
      conclusion: 'Có vi phạm thời hạn.',
    });
    expect(concluded.json()).toMatchObject({ status: 'concluded', isViolationConfirmed: true, severity: 'less_serious' });
    expect(concluded.json().abilities).toContain('decideMeasure');

    const forms = await f.clients.leader.get('/api/v1/conduct/discipline-forms?category=civil_servant&on=2026-03-02');
    expect(forms.json().items.map((form: { code: string }) => form.code)).toEqual(['khien_trach', 'canh_cao', 'cach_chuc', 'buoc_thoi_viec']);
    const decided = await f.clients.leader.post(url(asked.id, 'measure'), {
      kind: 'discipline',
      formCode: 'khien_trach',
      decisionOn: '2026-03-02',
      decisionNumber: '05/QĐ-KL',
    });
    expect(decided.json()).toMatchObject({
      status: 'measure_decided',
      measure: { kind: 'discipline', formCode: 'khien_trach', formName: 'Khiển trách', decisionNumber: '05/QĐ-KL' },
    });

    const notified = await f.clients.inspector.post(url(asked.id, 'notify'), { notifiedOn: '2026-03-02' });
    expect(notified.json()).toMatchObject({ status: 'notified', appealDueOn: '2026-03-17' });
    expect(notified.json().abilities).not.toContain('close');
    expect((await f.clients.inspector.post(url(asked.id, 'close'), {})).statusCode).toBe(409);

    t.clock.set(new Date('2026-03-18T03:00:00Z'));
    const inspector = api(t.app, await login(t.app, f.people.inspector.username));
    const closed = await inspector.post(url(asked.id, 'close'), { note: 'Không có khiếu nại' });
    expect(closed.json()).toMatchObject({ status: 'closed', abilities: [] });
    const subject = api(t.app, await login(t.app, f.people.subject.username));
    expect((await subject.get('/api/v1/conduct/cases?mine=subject')).json().items.map((item: { id: string }) => item.id)).toEqual([asked.id]);
  });

  test('keeps an event per step with actor and reason; the subject sees only the steps that concern them', async () => {
    const asked = await caseAwaitingExplanation();
    const events = (await f.clients.inspector.get(url(asked.id, 'events'))).json().items;
    expect(events.map((event: { kind: string }) => event.kind)).toEqual(['case.recorded', 'case.verification_started', 'case.explanation_requested']);
    expect(events[1]).toMatchObject({ actorName: expect.any(String), reason: 'Đã kiểm tra sổ theo dõi hồ sơ' });
    const mine = (await f.clients.subject.get(url(asked.id, 'events'))).json().items;
    expect(mine.map((event: { kind: string }) => event.kind)).toEqual(['case.explanation_requested']);
  });

  test('refuses steps out of order and commands from the wrong person', async () => {
    const opened = await f.openCase();
    expect((await f.clients.inspector.post(url(opened.id, 'conclude'), { isViolationConfirmed: true, severity: 'serious', conclusion: 'x' })).statusCode).toBe(
      409,
    );
    expect((await f.clients.otherInspector.post(url(opened.id, 'verify'), { note: 'x' })).statusCode).toBe(403);
    expect((await f.clients.head.post(url(opened.id, 'verify'), { note: 'x' })).statusCode).toBe(403);
    // Out of scope answers 404: the subject before being asked, a colleague, the administrator.
    for (const client of [f.clients.subject, f.clients.colleague, f.clients.admin, f.clients.otherHead]) {
      expect((await client.get(url(opened.id))).statusCode).toBe(404);
      expect((await client.post(url(opened.id, 'verify'), { note: 'x' })).statusCode).toBe(404);
    }
    const asked = await caseAwaitingExplanation();
    expect((await f.clients.inspector.post(url(asked.id, 'explanation'), { explanation: 'Giải trình hộ' })).statusCode).toBe(403);
    expect(
      (await f.clients.inspector.post(url(asked.id, 'conclude'), { isViolationConfirmed: true, severity: 'serious', conclusion: 'Vi phạm' })).statusCode,
    ).toBe(409);
  });

  test('refuses a form abolished on the decision date, naming the field', async () => {
    const asked = await caseAwaitingExplanation();
    await f.clients.subject.post(url(asked.id, 'explanation'), { explanation: 'Tôi đã khắc phục.' });
    await f.clients.inspector.post(url(asked.id, 'conclude'), { isViolationConfirmed: true, severity: 'serious', conclusion: 'Vi phạm.' });
    const response = await f.clients.inspector.post(url(asked.id, 'measure'), {
      kind: 'discipline',
      formCode: 'ha_bac_luong',
      decisionOn: '2026-03-02',
      decisionNumber: '06/QĐ-KL',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.formCode');
    const criticised = await f.clients.inspector.post(url(asked.id, 'measure'), { kind: 'criticism', decisionOn: '2026-03-02' });
    expect(criticised.json()).toMatchObject({ measure: { kind: 'criticism', formCode: null } });
  });

  test('defers with a legal reason, resumes, extends once, reassigns, and dismisses', async () => {
    const opened = await f.openCase();
    const deferred = await f.clients.inspector.post(url(opened.id, 'defer'), {
      legalReason: 'maternity_or_young_child',
      reason: 'Nghỉ thai sản đến 30/6/2026',
    });
    expect(deferred.json()).toMatchObject({ status: 'deferred', deferral: { legalReason: 'maternity_or_young_child', from: 'recorded' } });
    expect((await f.clients.inspector.post(url(opened.id, 'resume'), { reason: 'Đã đi làm lại' })).json().status).toBe('recorded');
    const extended = await f.clients.leader.post(url(opened.id, 'extend'), { reason: 'Vụ việc phức tạp, cần xác minh thêm' });
    expect(extended.json()).toMatchObject({ isHandlingExtended: true, handlingDueOn: '2026-07-27' });
    expect((await f.clients.leader.post(url(opened.id, 'extend'), { reason: 'Lần hai' })).statusCode).toBe(409);
    const reassigned = await f.clients.leader.post(url(opened.id, 'assign'), { inspectorId: f.people.otherInspector.id, reason: 'Phân công lại' });
    expect(reassigned.json().handlingInspector.id).toBe(f.people.otherInspector.id);
    expect((await f.clients.leader.post(url(opened.id, 'assign'), { inspectorId: f.people.colleague.id, reason: 'x' })).statusCode).toBe(400);
    const dismissed = await f.clients.otherInspector.post(url(opened.id, 'dismiss'), { reason: 'Không đủ căn cứ' });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', abilities: [] });
  });

  test('names bad fields on every command', async () => {
    const opened = await f.openCase();
    const cases: [string, unknown, string][] = [
      ['verify', {}, 'note'],
      ['request-explanation', { workingDays: 0, questions: 'x' }, 'workingDays'],
      ['explanation', { explanation: '' }, 'explanation'],
      ['conclude', { isViolationConfirmed: true, conclusion: 'x' }, 'severity'],
      ['measure', { kind: 'discipline', decisionOn: '2026-03-02' }, 'formCode'],
      ['notify', { notifiedOn: '02/03/2026' }, 'notifiedOn'],
      ['defer', { legalReason: 'holiday', reason: 'x' }, 'legalReason'],
      ['resume', {}, 'reason'],
      ['dismiss', { reason: '' }, 'reason'],
      ['extend', {}, 'reason'],
      ['assign', { inspectorId: 'nobody', reason: 'x' }, 'inspectorId'],
    ];
    for (const [verb, body, field] of cases) {
      const response = await f.clients.inspector.post(url(opened.id, verb), body);
      expect(response.statusCode, verb).toBe(400);
      expect(
        response
          .json()
          .errors.map((error: { field: string }) => error.field)
          .join(','),
        verb,
      ).toContain(field);
    }
    expect((await f.clients.inspector.get('/api/v1/conduct/cases/not-a-uuid')).statusCode).toBe(400);
    const badList = await f.clients.inspector.get('/api/v1/conduct/cases?status=open&limit=500');
    expect(
      badList
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['querystring.limit', 'querystring.status']);
    const badForms = await f.clients.inspector.get('/api/v1/conduct/discipline-forms?category=mayor&on=2026-02-30');
    expect(
      badForms
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['querystring.category', 'querystring.on']);
  });

  test('keeps confidential cases from other inspectors and unit heads, and the reporter from leaders', async () => {
    const opened = await f.openCase({ confidentiality: 'confidential', reporter: { name: 'Nguyễn Thị Người Báo', contact: '0912000000' } });
    expect((await f.clients.otherInspector.get(url(opened.id))).statusCode).toBe(404);
    expect((await f.clients.head.get(url(opened.id))).statusCode).toBe(404);
    expect((await f.clients.leader.get(url(opened.id))).json()).toMatchObject({ reporter: null, source: 'inspection' });
    expect((await f.clients.inspector.get(url(opened.id))).json().reporter.name).toBe('Nguyễn Thị Người Báo');
    const audit = await f.clients.admin.get(`/api/v1/audit?subjectId=${opened.id}&action=case.reporter_viewed`);
    // Two reads by the handler (the answer to opening, then the page): each one audited.
    expect(audit.json().items).toHaveLength(2);
    const list = (await f.clients.otherInspector.get('/api/v1/conduct/cases')).json().items;
    expect(list.map((item: { id: string }) => item.id)).not.toContain(opened.id);
  });

  test('lists cases keyset-paged with filters in scope', async () => {
    const first = await f.openCase({ title: 'Đi muộn nhiều lần' });
    t.clock.advanceMs(1000);
    const second = await f.openCase({ title: 'Uống rượu bia trong giờ làm việc', items: [{ catalog: 'related', code: 'R.RUOU_BIA' }] });
    const page = (await f.clients.inspector.get('/api/v1/conduct/cases?limit=1')).json();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toBeTruthy();
    const next = (await f.clients.inspector.get(`/api/v1/conduct/cases?limit=1&cursor=${page.nextCursor}`)).json();
    expect([page.items[0].id, next.items[0].id].sort()).toEqual([first.id, second.id].sort());
    const searched = (await f.clients.inspector.get('/api/v1/conduct/cases?q=ruou bia')).json().items;
    expect(searched.map((item: { id: string }) => item.id)).toEqual([second.id]);
    expect((await f.clients.head.get('/api/v1/conduct/cases')).json().items).toHaveLength(2);
    expect((await f.clients.otherHead.get('/api/v1/conduct/cases')).json().items).toHaveLength(0);
    expect((await f.clients.subject.get('/api/v1/conduct/cases?mine=subject')).json().items).toHaveLength(0);
    expect((await f.clients.inspector.get('/api/v1/conduct/cases?status=closed')).json().items).toHaveLength(0);
    expect((await f.clients.inspector.get('/api/v1/conduct/cases?cursor=zzz')).statusCode).toBe(400);
  });

  test('filters the list by status and by signal, newest first', async () => {
    const recent = await f.openCase({ title: 'Đi muộn nhiều lần' });
    t.clock.advanceMs(1000);
    const stale = await f.openCase({ title: 'Vi phạm từ năm 2020', violationOn: '2020-01-15' });
    const ids = async (query: string) => (await f.clients.inspector.get(`/api/v1/conduct/cases?${query}`)).json().items.map((item: { id: string }) => item.id);
    expect(await ids('signal=statute_warning')).toEqual([stale.id]);
    expect(await ids('signal=handling_overdue')).toEqual([]);
    expect(await ids(`status=${recent.status}`)).toEqual([stale.id, recent.id]);
    expect(await ids(`status=${recent.status}&signal=statute_warning`)).toEqual([stale.id]);
    expect(await ids('status=concluded')).toEqual([]);
  });

  test('keeps evidence: type-checked, sealed files hidden from the subject', async () => {
    const asked = await caseAwaitingExplanation();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
    const sealed = multipart('don-phan-anh.pdf', pdf, 'application/pdf');
    const added = await f.clients.inspector.post(`${url(asked.id, 'files')}?sealed=true`, sealed.payload, { headers: sealed.headers });
    expect(added.statusCode).toBe(200);
    const open = multipart('bien-ban.pdf', pdf, 'application/pdf');
    await f.clients.inspector.post(url(asked.id, 'files'), open.payload, { headers: open.headers });
    const fake = multipart('virus.pdf', Buffer.from('MZ not a pdf'), 'application/pdf');
    const refused = await f.clients.inspector.post(url(asked.id, 'files'), fake.payload, { headers: fake.headers });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('file');
    expect((await f.clients.inspector.get(url(asked.id, 'files'))).json().items).toHaveLength(2);
    const mine = (await f.clients.subject.get(url(asked.id, 'files'))).json().items;
    expect(mine.map((file: { fileName: string }) => file.fileName)).toEqual(['bien-ban.pdf']);
    expect((await f.clients.subject.get(`${url(asked.id, 'files')}/${added.json().id}`)).statusCode).toBe(404);
    expect((await f.clients.inspector.get(`${url(asked.id, 'files')}/${added.json().id}`)).statusCode).toBe(200);
    // The subject attaches a document to the explanation; it can never be sealed from them.
    const bySubject = multipart('giai-trinh.pdf', pdf, 'application/pdf');
    const attached = await f.clients.subject.post(`${url(asked.id, 'files')}?sealed=true`, bySubject.payload, { headers: bySubject.headers });
    expect(attached.json()).toMatchObject({ fileName: 'giai-trinh.pdf', isSealed: false });
    await f.clients.subject.post(url(asked.id, 'explanation'), { explanation: 'Kèm tài liệu' });
    const late = multipart('sau.pdf', pdf, 'application/pdf');
    expect((await f.clients.subject.post(url(asked.id, 'files'), late.payload, { headers: late.headers })).statusCode).toBe(403);
    expect((await f.clients.colleague.post(url(asked.id, 'files'), late.payload, { headers: late.headers })).statusCode).toBe(404);
  });
});
