import ExcelJS from 'exceljs';
import { describe } from 'vitest';
import { createUnit } from '../../test/factories.js';
import { api, login, multipart, type Session } from '../../test/http.js';
import { createOrgFixture, type OrgFixture } from '../../test/fixtures/org.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
let admin: Session;
let unitCode: string;
test.beforeAll(async ({ app }) => {
  t = app;
  f = await createOrgFixture(t.database.db);
  admin = await login(t.app, f.users.admin.username);
  unitCode = `IMP-${Date.now()}`;
  await createUnit(t.database.db, f.root, { name: 'Ban Nhập liệu', code: unitCode });
});

const importCsv = (csv: string, dryRun = false, session: Session = admin) => {
  const { payload, headers } = multipart('danh-sach.csv', Buffer.from(csv, 'utf8'), 'text/csv');
  return api(t.app, session).send('POST', `/api/v1/people/import?dryRun=${dryRun}`, payload, { headers });
};

const peopleOfUnit = async () => {
  const unit = (await api(t.app, admin).get('/api/v1/units')).json().items.find((u: { code: string }) => u.code === unitCode);
  return (await api(t.app, admin).get(`/api/v1/people?limit=100&unitId=${unit.id}`)).json().items.map((p: { fullName: string }) => p.fullName);
};

const header = 'Họ và tên,Chức vụ,Đối tượng,Mã đơn vị,Email,Điện thoại,Đảng viên,Ngày sinh';

describe('import people', () => {
  test('checks a file without writing when dryRun is set', async () => {
    const report = (await importCsv(`${header}\nVũ Thị Hạnh,Chuyên viên,Công chức,${unitCode},,,Có,02/09/1990`, true)).json();
    expect(report).toMatchObject({ totalRows: 1, validRows: 1, created: 0, errors: [], isCommitted: false });
    expect(await peopleOfUnit()).toEqual([]);
  });

  test('writes nothing when any row is invalid, and names each bad row and why', async () => {
    const csv = [
      header,
      `Vũ Thị Hạnh,Chuyên viên,Công chức,${unitCode},,,Có,02/09/1990`,
      `,Chuyên viên,Công chức,${unitCode},,,,`,
      `Lê Văn Bình,Nhân viên,Giám đốc,KHONG-CO,khong-email,,,31/02/1990`,
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ totalRows: 3, validRows: 1, created: 0, isCommitted: false });
    const byRow = (row: number) => report.errors.filter((e: { row: number }) => e.row === row).map((e: { field: string }) => e.field);
    expect(byRow(3)).toContain('fullName');
    expect(byRow(4)).toEqual(expect.arrayContaining(['category', 'unitCode', 'email']));
    expect(await peopleOfUnit()).toEqual([]);
  });

  test('imports every row of a valid CSV in one go, with an audit entry', async () => {
    const csv = `${header}\nVũ Thị Hạnh,Chuyên viên,Công chức,${unitCode},hanh.${Date.now()}@vi-du.vn,0912 345 678,Có,02/09/1990\nLê Văn Bình,Nhân viên,Người lao động,${unitCode},,,,`;
    const report = (await importCsv(csv)).json();
    expect(report).toMatchObject({ totalRows: 2, validRows: 2, created: 2, errors: [], isCommitted: true });
    expect((await peopleOfUnit()).sort()).toEqual(['Lê Văn Bình', 'Vũ Thị Hạnh']);
    const audit = (await api(t.app, admin).get('/api/v1/audit?action=person.imported')).json();
    expect(audit.items.length).toBeGreaterThan(0);
  });

  test('reads an .xlsx file with Vietnamese headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(header.split(','));
    sheet.addRow(['Hồ Thị Xuân', 'Cán sự', 'Công chức', unitCode, '', '', '', '']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { payload, headers } = multipart('danh-sach.xlsx', buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const report = (await api(t.app, admin).send('POST', '/api/v1/people/import', payload, { headers })).json();
    expect(report).toMatchObject({ created: 1, isCommitted: true });
    expect(await peopleOfUnit()).toContain('Hồ Thị Xuân');
  });

  test('refuses other file types, unreadable files and non-administrators', async () => {
    const pdf = multipart('danh-sach.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    const refused = await api(t.app, admin).send('POST', '/api/v1/people/import', pdf.payload, { headers: pdf.headers });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('file');
    const broken = multipart('hong.xlsx', Buffer.from('khong phai xlsx'), 'application/octet-stream');
    expect((await api(t.app, admin).send('POST', '/api/v1/people/import', broken.payload, { headers: broken.headers })).statusCode).toBe(400);
    const staff = await login(t.app, f.users.head.username);
    expect((await importCsv(`${header}\nA,B,Công chức,${unitCode},,,,`, false, staff)).statusCode).toBe(403);
    expect((await api(t.app, admin).post('/api/v1/people/import', { file: 'json' })).statusCode).toBe(400);
  });
});
