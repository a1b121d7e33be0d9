import { createUnit, uniqueSuffix } from '../../test/factories.js';
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
  unitCode = `IMPA-${Date.now()}`;
  await createUnit(t.database.db, f.root, { name: 'Ban Nhập tài khoản', code: unitCode });
});

const importCsv = (csv: string) => {
  const { payload, headers } = multipart('danh-sach.csv', Buffer.from(csv, 'utf8'), 'text/csv');
  return api(t.app, admin).send('POST', '/api/v1/people/import?dryRun=false', payload, { headers });
};
const header = 'Họ và tên,Chức vụ,Đối tượng,Mã đơn vị,Tên đăng nhập,Vai trò,Mật khẩu ban đầu';
const PASSWORD = 'mat-khau-ban-dau-2026';

test('creates people with their logins and roles in one run; they must change the password', async () => {
  const tag = uniqueSuffix().replace(/[^a-z0-9]/g, '');
  const csv = `${header}\nĐỗ Văn Nam,Trưởng ban,Công chức,${unitCode},nam${tag},"Trưởng đơn vị; Biên tập",${PASSWORD}\nHà Thị Thu,Chuyên viên,Công chức,${unitCode},,,`;
  const report = (await importCsv(csv)).json();
  expect(report).toMatchObject({ created: 2, errors: [], isCommitted: true });
  const accounts = (await api(t.app, admin).get(`/api/v1/accounts?q=nam${tag}`)).json().items;
  expect(accounts).toMatchObject([{ username: `nam${tag}`, displayName: 'Đỗ Văn Nam', roles: ['unit_head', 'editor'], mustChangePassword: true }]);
  const session = api(t.app, await login(t.app, `nam${tag}`, PASSWORD));
  expect((await session.get('/api/v1/auth/session')).json().user.mustChangePassword).toBe(true);
});

test('writes no person and no login when any login is wrong, naming the rows', async () => {
  const tag = uniqueSuffix().replace(/[^a-z0-9]/g, '');
  const csv = [
    header,
    `Phạm Văn An,Chuyên viên,Công chức,${unitCode},an${tag},Cán bộ,${PASSWORD}`,
    `Phạm Văn Bình,Chuyên viên,Công chức,${unitCode},an${tag},,${PASSWORD}`,
    `Phạm Văn Cường,Chuyên viên,Công chức,${unitCode},cuong${tag},Phó vương,ngan`,
    `Phạm Văn Dũng,Chuyên viên,Công chức,${unitCode},${f.users.admin.username},,${PASSWORD}`,
    `Phạm Văn Giang,Chuyên viên,Công chức,${unitCode},giang${tag},,matkhau123456`,
  ].join('\n');
  const report = (await importCsv(csv)).json();
  expect(report.isCommitted).toBe(false);
  expect(report.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(
    expect.arrayContaining(['3:username', '4:roles', '4:initialPassword', '5:username', '6:initialPassword']),
  );
  expect(JSON.stringify(report)).not.toContain(PASSWORD);
  expect((await api(t.app, admin).get(`/api/v1/accounts?q=an${tag}`)).json().items).toHaveLength(0);
  expect((await api(t.app, admin).get('/api/v1/people?q=pham van an')).json().items).toHaveLength(0);
});
