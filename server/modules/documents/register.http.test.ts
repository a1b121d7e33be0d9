import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { docx, type DocumentsFixture, pdf } from '../../test/fixtures/documents.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DocumentsFixture;
test.beforeEach(({ app, documents }) => {
  t = app;
  f = documents;
});

const auditActions = async (subjectId: string) => {
  const rows = await queryRows<{ action: string }>(
    t.database.db,
    sql`select action from audit_events where subject_id = ${subjectId} order by occurred_at, sequence`,
  );
  return rows.map((row) => row.action);
};

describe('document register', () => {
  test('the office registers a directive; its number is parsed and everyone in the agency reads it', async () => {
    const created = await f.register({ number: ' Số 24 - CT / TU ' });
    expect(created).toMatchObject({
      kind: 'directive',
      number: '24-CT/TU',
      currentVersion: 1,
      issueDate: '2023-08-07',
      numberParts: { style: 'party', sequence: '24', year: null, typeCode: 'CT', issuerCode: 'TU' },
      versions: [{ number: 1, files: [] }],
      relations: [],
      canWrite: true,
    });
    const asStaff = await f.clients.staff.get(`/api/v1/documents/${created.id}`);
    expect(asStaff.statusCode).toBe(200);
    expect(asStaff.json().canWrite).toBe(false);
    expect(await auditActions(created.id)).toEqual(['document.created']);
  });

  test('names each bad field and writes nothing', async () => {
    const response = await f.clients.editor.post('/api/v1/documents', {
      kind: 'memo',
      number: '24/CT/TU',
      title: '',
      issuingBody: '',
      issueDate: '2023-02-30',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.kind', 'body.number', 'body.title', 'body.issuingBody', 'body.issueDate']));
    expect(response.json().message).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expect((await f.clients.editor.get('/api/v1/documents')).json().items).toEqual([]);
  });

  test('refuses a kind that disagrees with the symbol', async () => {
    const response = await f.clients.editor.post('/api/v1/documents', {
      kind: 'plan',
      number: '24-CT/TU',
      title: 'X',
      issuingBody: 'Y',
      issueDate: '2023-08-07',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.kind']);
  });

  test('refuses the same number from the same issuer in the same year (05 and 5 are one number), allows it another year', async () => {
    await f.register({ kind: 'resolution', number: '05-NQ/ĐU', issueDate: '2024-01-10' });
    const again = await f.clients.editor.post('/api/v1/documents', {
      kind: 'resolution',
      number: '5-NQ/ĐU',
      title: 'Khác',
      issuingBody: 'Đảng ủy',
      issueDate: '2024-06-01',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'document_number_taken', errors: [{ field: 'body.number' }] });
    await f.register({ kind: 'resolution', number: '05-NQ/ĐU', issueDate: '2025-01-10' });
  });

  test('only agency administrators, leaders and editors write the register', async () => {
    for (const client of [f.clients.staff, f.clients.head, f.clients.inspector]) {
      const response = await client.post('/api/v1/documents', { kind: 'directive', number: '1-CT/TU', title: 'X', issuingBody: 'Y', issueDate: '2023-08-07' });
      expect(response.statusCode).toBe(403);
    }
    for (const client of [f.clients.admin, f.clients.leader]) {
      const number = client === f.clients.admin ? '2-CT/TU' : '3-CT/TU';
      expect((await client.post('/api/v1/documents', { kind: 'directive', number, title: 'X', issuingBody: 'Y', issueDate: '2023-08-07' })).statusCode).toBe(
        200,
      );
    }
  });

  test('another agency does not see the document (404) and cannot change it', async () => {
    const created = await f.register();
    expect((await f.clients.foreigner.get(`/api/v1/documents/${created.id}`)).statusCode).toBe(404);
    expect(
      (
        await f.clients.foreigner.put(`/api/v1/documents/${created.id}`, {
          kind: 'directive',
          number: '24-CT/TU',
          title: 'Sửa',
          issuingBody: 'Y',
          issueDate: '2023-08-07',
        })
      ).statusCode,
    ).toBe(404);
    expect((await f.clients.foreigner.get('/api/v1/documents')).json().items).toEqual([]);
    expect((await f.clients.editor.get('/api/v1/documents/not-a-uuid')).statusCode).toBe(400);
  });

  test('edits are audited with what changed; staff may not edit', async () => {
    const created = await f.register();
    const body = {
      kind: 'directive',
      number: '24-CT/TU',
      title: 'Về tăng cường kỷ cương',
      issuingBody: 'Ban Thường vụ Thành ủy Hà Nội',
      issueDate: '2023-08-07',
      signer: 'Đinh Tiến Dũng',
    };
    expect((await f.clients.staff.put(`/api/v1/documents/${created.id}`, body)).statusCode).toBe(403);
    const edited = await f.clients.leader.put(`/api/v1/documents/${created.id}`, body);
    expect(edited.statusCode).toBe(200);
    expect(edited.json().title).toBe('Về tăng cường kỷ cương');
    expect((await f.clients.leader.put(`/api/v1/documents/${created.id}`, { ...body, number: 'x' })).json().errors[0].field).toBe('body.number');
    expect(await auditActions(created.id)).toEqual(['document.created', 'document.updated']);
  });
});

describe('list, filters and search', () => {
  test('filters by kind and year, searches number and title without diacritics, pages by keyset', async () => {
    await f.register();
    await f.register({
      kind: 'plan',
      number: '152-KH/QU',
      title: 'Kế hoạch thực hiện Chỉ thị 24',
      issuingBody: 'Quận ủy Hai Bà Trưng',
      issueDate: '2023-09-13',
    });
    await f.register({ kind: 'decision', number: '15/QĐ-UBND', title: 'Quyết định ban hành quy chế làm việc', issuingBody: 'UBND', issueDate: '2024-03-01' });
    const list = async (query: string) => (await f.clients.staff.get(`/api/v1/documents?${query}`)).json();
    expect((await list('')).items.map((d: { number: string }) => d.number)).toEqual(['15/QĐ-UBND', '152-KH/QU', '24-CT/TU']);
    expect((await list('kind=plan')).items.map((d: { number: string }) => d.number)).toEqual(['152-KH/QU']);
    expect((await list('year=2023')).items).toHaveLength(2);
    expect((await list('q=quy che lam viec')).items.map((d: { number: string }) => d.number)).toEqual(['15/QĐ-UBND']);
    expect((await list(`q=${encodeURIComponent('24-ct')}`)).items.map((d: { number: string }) => d.number)).toEqual(['24-CT/TU']);
    const first = await list('limit=2');
    expect(first.items).toHaveLength(2);
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((d: { number: string }) => d.number)).toEqual(['24-CT/TU']);
    expect(second.nextCursor).toBeNull();
    const bad = await f.clients.staff.get('/api/v1/documents?kind=memo&year=99&cursor=zzz');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['querystring.kind', 'querystring.year']));
    expect((await f.clients.staff.get('/api/v1/documents?cursor=zzz')).json().errors[0].field).toBe('cursor');
  });
});

describe('versions and files', () => {
  test('a new version becomes current with its own files; older versions stay readable', async () => {
    const created = await f.register();
    const attached = await f.upload(f.clients.editor, `/api/v1/documents/${created.id}/files`, 'Chỉ thị 24.pdf', pdf);
    expect(attached.statusCode).toBe(200);
    expect(attached.json().versions[0].files.map((file: { fileName: string }) => file.fileName)).toEqual(['Chỉ thị 24.pdf']);
    const second = await f.upload(f.clients.leader, `/api/v1/documents/${created.id}/versions`, 'Chỉ thị 24 (đính chính).docx', docx, 'Đính chính phụ lục');
    expect(second.statusCode).toBe(200);
    const detail = second.json();
    expect(detail.currentVersion).toBe(2);
    expect(
      detail.versions.map((v: { number: number; note: string; files: { fileName: string }[] }) => [v.number, v.note, v.files.map((x) => x.fileName)]),
    ).toEqual([
      [2, 'Đính chính phụ lục', ['Chỉ thị 24 (đính chính).docx']],
      [1, '', ['Chỉ thị 24.pdf']],
    ]);
    const download = await f.clients.staff.get(`/api/v1/documents/${created.id}/files/${detail.versions[1].files[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(await auditActions(created.id)).toEqual(['document.created', 'document.file_added', 'document.version_added']);
  });

  test('accepts only genuine PDF or DOCX, refuses writers-only actions to others, and writes nothing on refusal', async () => {
    const created = await f.register();
    const url = `/api/v1/documents/${created.id}/versions`;
    const fake = await f.upload(f.clients.editor, url, 'chi-thi.pdf', Buffer.from('MZ not a pdf'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().errors[0].field).toBe('file');
    expect((await f.upload(f.clients.editor, url, 'anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).json().errors[0].field).toBe(
      'file',
    );
    expect((await f.upload(f.clients.editor, url, 'ghi-chu-dai.pdf', pdf, 'x'.repeat(1001))).json().errors[0].field).toBe('note');
    expect((await f.clients.editor.post(url, {})).json().errors[0].field).toBe('file');
    expect((await f.upload(f.clients.staff, url, 'a.pdf', pdf)).statusCode).toBe(403);
    expect((await f.upload(f.clients.staff, `/api/v1/documents/${created.id}/files`, 'a.pdf', pdf)).statusCode).toBe(403);
    expect((await f.upload(f.clients.foreigner, url, 'a.pdf', pdf)).statusCode).toBe(404);
    expect((await f.upload(f.clients.editor, `/api/v1/documents/${crypto.randomUUID()}/files`, 'a.pdf', pdf)).statusCode).toBe(404);
    expect((await f.clients.staff.get(`/api/v1/documents/${created.id}/files/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const detail = (await f.clients.editor.get(`/api/v1/documents/${created.id}`)).json();
    expect(detail.currentVersion).toBe(1);
    expect(detail.versions[0].files).toEqual([]);
  });
});

describe('relations', () => {
  test('a plan implements a directive, seen from both sides; duplicates, self-links and unknown targets are refused', async () => {
    const directive = await f.register();
    const plan = await f.register({ kind: 'plan', number: '152-KH/QU', title: 'Kế hoạch thực hiện', issueDate: '2023-09-13' });
    const url = `/api/v1/documents/${plan.id}/relations`;
    const linked = await f.clients.editor.post(url, { kind: 'implements', targetDocumentId: directive.id });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().relations).toMatchObject([{ kind: 'implements', direction: 'outgoing', document: { number: '24-CT/TU' } }]);
    const fromDirective = (await f.clients.staff.get(`/api/v1/documents/${directive.id}`)).json();
    expect(fromDirective.relations).toMatchObject([{ kind: 'implements', direction: 'incoming', document: { number: '152-KH/QU' } }]);
    expect((await f.clients.editor.post(url, { kind: 'implements', targetDocumentId: directive.id })).statusCode).toBe(409);
    expect((await f.clients.editor.post(url, { kind: 'amends', targetDocumentId: plan.id })).json().errors[0].field).toBe('body.targetDocumentId');
    expect((await f.clients.editor.post(url, { kind: 'amends', targetDocumentId: crypto.randomUUID() })).json().errors[0].field).toBe('body.targetDocumentId');
    expect((await f.clients.editor.post(url, { kind: 'follows', targetDocumentId: 'x' })).json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.kind',
      'body.targetDocumentId',
    ]);
    expect((await f.clients.staff.post(url, { kind: 'amends', targetDocumentId: directive.id })).statusCode).toBe(403);
    const relationId = linked.json().relations[0].id;
    expect((await f.clients.staff.delete(`${url}/${relationId}`)).statusCode).toBe(403);
    expect((await f.clients.foreigner.delete(`${url}/${relationId}`)).statusCode).toBe(404);
    expect((await f.clients.editor.delete(`${url}/${relationId}`)).statusCode).toBe(200);
    expect((await f.clients.editor.delete(`${url}/${relationId}`)).statusCode).toBe(404);
    expect(await auditActions(plan.id)).toEqual(['document.created', 'document.relation_added', 'document.relation_removed']);
  });
});
