import ExcelJS from 'exceljs';
import { describe } from 'vitest';
import { multipart } from '../../test/http.js';
import { confirmedMeasuresOf } from './index.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

/** An official-looking appendix for tests: 25 rows in three groups (wording is test text, not the directive's). */
function appendixCsv(mutate: (rows: string[][]) => void = () => {}) {
  const rows: string[][] = [];
  for (let index = 1; index <= 25; index++) {
    const group = index <= 9 ? 'N1' : index <= 17 ? 'N2' : 'N3';
    rows.push([group, `Nhóm ${group}`, `${group}.${String(index).padStart(2, '0')}`, `Nội dung biểu hiện thử nghiệm số ${index}`]);
  }
  mutate(rows);
  return Buffer.from(['Mã nhóm,Tên nhóm,Mã biểu hiện,Nội dung', ...rows.map((row) => row.map((cell) => `"${cell}"`).join(','))].join('\n'));
}

const upload = (client: ConductFixture['clients']['admin'], body: Buffer, fileName: string, query: string) => {
  const form = multipart(fileName, body, 'text/csv');
  return client.post(`/api/v1/conduct/catalogs/import?${query}`, form.payload, { headers: form.headers });
};

describe('the manifestation catalog', () => {
  test('ships the draft appendix and the related list, marked draft, from the reference file', async () => {
    const current = (await f.clients.inspector.get('/api/v1/conduct/catalogs/current')).json();
    expect(current.directive).toMatchObject({ version: 'draft-1', status: 'draft', isCurrent: true });
    expect(current.directive.items.map((item: { code: string }) => item.code)).toEqual(['N1.01', 'N1.02', 'N1.03', 'N1.04', 'N1.05']);
    expect(current.related.items).toHaveLength(9);
    expect(current.related.items[0]).toMatchObject({ code: 'R.TRE_HAN', source: 'Chỉ thị 26/CT-TTg (05/9/2016)' });
    expect((await f.clients.subject.get('/api/v1/conduct/catalogs/current')).statusCode).toBe(403);
  });

  test('previews an import with every row and no write, then confirms it as a new current version; old cases keep their version', async () => {
    const before = await f.openCase({ items: [{ catalog: 'directive', code: 'N1.01' }] });
    const preview = await upload(f.clients.admin, appendixCsv(), 'phu-luc.csv', 'kind=directive&version=chinh-thuc-2023&dryRun=true');
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, errors: [], catalogId: null });
    expect(preview.json().rows).toHaveLength(25);
    expect(preview.json().rows[0]).toMatchObject({ row: 2, groupCode: 'N1', groupTitle: 'Nhóm N1', code: 'N1.01' });
    expect((await f.clients.admin.get('/api/v1/conduct/catalogs')).json().items).toHaveLength(2);

    const confirmed = await upload(f.clients.admin, appendixCsv(), 'phu-luc.csv', 'kind=directive&version=chinh-thuc-2023&dryRun=false');
    expect(confirmed.json()).toMatchObject({ dryRun: false, errors: [], catalogId: expect.any(String) });
    const current = (await f.clients.inspector.get('/api/v1/conduct/catalogs/current')).json();
    expect(current.directive).toMatchObject({ version: 'chinh-thuc-2023', status: 'official' });
    expect(current.directive.items).toHaveLength(25);
    expect((await f.clients.inspector.get(`/api/v1/conduct/cases/${before.id}`)).json().items[0]).toMatchObject({ catalogVersion: 'draft-1', code: 'N1.01' });
    const after = await f.openCase({ items: [{ catalog: 'directive', code: 'N3.25' }] });
    expect(after.items).toEqual([expect.objectContaining({ catalogVersion: 'chinh-thuc-2023', code: 'N3.25' })]);
    // The same version again is refused by field.
    const again = await upload(f.clients.admin, appendixCsv(), 'phu-luc.csv', 'kind=directive&version=chinh-thuc-2023&dryRun=true');
    expect(again.json().errors).toEqual([expect.objectContaining({ row: 0, field: 'version' })]);
  });

  test('names the row and field of every error and writes nothing when any row fails', async () => {
    const broken = appendixCsv((rows) => {
      rows[1][3] = '';
      rows[2][2] = rows[0][2];
      rows.pop();
    });
    const result = (await upload(f.clients.admin, broken, 'phu-luc.csv', 'kind=directive&version=loi&dryRun=false')).json();
    expect(result.catalogId).toBeNull();
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'text' }),
        expect.objectContaining({ row: 4, field: 'code' }),
        expect.objectContaining({ row: 0, field: 'file' }),
      ]),
    );
    expect((await f.clients.admin.get('/api/v1/conduct/catalogs')).json().items).toHaveLength(2);
  });

  test('reads .xlsx and .json too, and only administrators import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh mục');
    sheet.addRow(['Mã', 'Nội dung', 'Nguồn']);
    sheet.addRow(['R.MOI', 'Biểu hiện liên quan mới', 'Văn bản thử nghiệm']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const form = multipart('lien-quan.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const imported = await f.clients.admin.post('/api/v1/conduct/catalogs/import?kind=related&version=bo-sung-1&dryRun=false', form.payload, {
      headers: form.headers,
    });
    expect(imported.json()).toMatchObject({ errors: [], rows: [{ code: 'R.MOI', groupCode: 'R', source: 'Văn bản thử nghiệm' }] });
    const json = Buffer.from(JSON.stringify({ items: [{ code: 'R.KHAC', text: 'Một biểu hiện khác', source: 'Thử' }] }));
    const fromJson = await upload(f.clients.admin, json, 'lien-quan.json', 'kind=related&version=bo-sung-2&dryRun=true');
    expect(fromJson.json()).toMatchObject({ errors: [], rows: [{ code: 'R.KHAC' }] });
    expect((await upload(f.clients.inspector, json, 'lien-quan.json', 'kind=related&version=x&dryRun=true')).statusCode).toBe(403);
    const garbage = await upload(f.clients.admin, Buffer.from('{not json'), 'x.json', 'kind=related&version=y&dryRun=true');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0].field).toBe('file');
    expect((await upload(f.clients.admin, json, 'x.json', 'kind=other&version=y')).statusCode).toBe(400);
  });
});

describe('measures for the evaluation module', () => {
  test('returns the measures decided on a person within a period', async () => {
    const opened = await f.openCase();
    const url = (verb: string) => `/api/v1/conduct/cases/${opened.id}/${verb}`;
    await f.clients.inspector.post(url('verify'), { note: 'Xác minh' });
    await f.clients.inspector.post(url('request-explanation'), { workingDays: 3, questions: 'Giải trình' });
    await f.clients.subject.post(url('explanation'), { explanation: 'Tôi nhận khuyết điểm' });
    await f.clients.inspector.post(url('conclude'), { isViolationConfirmed: true, severity: 'serious', conclusion: 'Vi phạm' });
    await f.clients.leader.post(url('measure'), { kind: 'discipline', formCode: 'canh_cao', decisionOn: '2026-03-02', decisionNumber: '09/QĐ-KL' });
    const measures = await confirmedMeasuresOf(t.database.db, f.agencyId, f.people.subject.id, { from: '2026-01-01', to: '2026-12-31' });
    expect(measures).toEqual([
      {
        caseId: opened.id,
        kind: 'discipline',
        formCode: 'canh_cao',
        formName: 'Cảnh cáo',
        level: 'heavier',
        decisionOn: '2026-03-02',
        decisionNumber: '09/QĐ-KL',
      },
    ]);
    expect(await confirmedMeasuresOf(t.database.db, f.agencyId, f.people.subject.id, { from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
    expect(await confirmedMeasuresOf(t.database.db, f.agencyId, f.people.colleague.id, { from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
  });
});
