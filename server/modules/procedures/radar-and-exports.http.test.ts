import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { describe } from 'vitest';
import { people } from '../../db/schema/index.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type ProceduresFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ProceduresFixture;
test.beforeEach(({ app, procedures }) => {
  t = app;
  f = procedures;
});

const hours = (n: number) => n * 3_600_000;

describe('the dwell-time radar', () => {
  test('shows per step the runs finished, median and p90 against the limit, the share late and where runs wait', async () => {
    const { versionId } = await f.publishedProcedure();
    const runIds: string[] = [];
    for (const subject of ['Đơn 1', 'Đơn 2', 'Đơn 3'])
      runIds.push((await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: subject })).json().id);
    // The clerk hands over the first two letters: after 2 office hours, then at 15:00 (4.5 office hours; the limit is 4).
    for (const [index, used] of [
      [0, 2],
      [1, 4],
    ] as const) {
      t.clock.advanceMs(hours(used));
      const run = (await f.clients.clerk.get(`/api/v1/procedure-runs/${runIds[index]}`)).json();
      await f.clients.clerk.post(`/api/v1/tasks/${run.steps[0].taskId}/submit`, { note: 'Đã vào sổ' });
      expect((await f.clients.head.post(`/api/v1/tasks/${run.steps[0].taskId}/accept-result`, { grade: 4 })).statusCode).toBe(200);
    }
    const radar = (await f.clients.head.get(`/api/v1/procedure-versions/${versionId}/radar`)).json();
    expect(radar.steps[0]).toMatchObject({
      position: 1,
      limitHours: 4,
      finished: 2,
      medianHours: 3.25,
      p90Hours: 4.25,
      lateShare: 0.5,
      waitingNow: 1,
      isSlowest: true,
    });
    expect(radar.steps[1]).toMatchObject({ position: 2, limitHours: 15, finished: 0, medianHours: null, waitingNow: 2, isSlowest: false });
    expect(radar.steps[2]).toMatchObject({ finished: 0, waitingNow: 0 });
    expect((await f.clients.outsider.get(`/api/v1/procedure-versions/${crypto.randomUUID()}/radar`)).statusCode).toBe(404);
    const running = (await f.clients.head.get('/api/v1/procedure-runs?state=running')).json().items;
    expect(running).toHaveLength(3);
    expect(running.map((r: { waitingAt: string }) => r.waitingAt).sort()).toEqual(['Thẩm định, đề xuất', 'Thẩm định, đề xuất', 'Tiếp nhận, vào sổ']);
    expect((await f.clients.outsider.get('/api/v1/procedure-runs')).json().items).toEqual([]);
  });
});

describe('exports', () => {
  test('lays a version out as a Vietnamese procedure document in Word, and its steps in Excel', async () => {
    const { versionId, code } = await f.publishedProcedure();
    const response = await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}/export.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(response.rawPayload);
    const body = await zip.file('word/document.xml')!.async('string');
    const header = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /word\/header\d*\.xml/.test(name))
          .map((name) => zip.file(name)!.async('string')),
      )
    ).join('');
    expect(header).toContain(`Mã số: ${code}`);
    expect(header).toContain('Lần ban hành: 01');
    expect(header).toContain('Ngày ban hành: 02/03/2026');
    expect(header).toMatch(/PAGE/);
    expect(header).toMatch(/NUMPAGES/);
    for (const text of [
      'NGƯỜI SOẠN THẢO',
      'NGƯỜI KIỂM TRA',
      'NGƯỜI PHÊ DUYỆT',
      'Đặng Thu Hương',
      'Lê Thị Thanh Hà',
      '1. MỤC ĐÍCH',
      '2. PHẠM VI ÁP DỤNG',
      '3. TÀI LIỆU VIỆN DẪN',
      '4. ĐỊNH NGHĨA',
      '5. NỘI DUNG QUY TRÌNH',
      '6. BIỂU MẪU',
      '7. HỒ SƠ CẦN LƯU',
      'Thẩm định, đề xuất',
      '2 ngày làm việc',
      'Sổ tiếp nhận đơn thư',
      '05 năm',
    ]) {
      expect(body).toContain(text);
    }
    expect(body).toContain('Times New Roman');
    const sheet = await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}/steps.xlsx`);
    expect(sheet.statusCode).toBe(200);
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0].getRow(5).values).toEqual(expect.arrayContaining(['Thẩm định, đề xuất', 'Văn phòng', 'Trần Văn Minh', '2 ngày làm việc']));
    expect((await f.clients.clerk.get(`/api/v1/procedure-versions/${crypto.randomUUID()}/export.docx`)).statusCode).toBe(404);
  });
});

describe('individual responsibility', () => {
  test('shows a person the steps they are named for, what they hold, their open tasks by outcome and their counters', async () => {
    const { versionId } = await f.publishedProcedure();
    await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn của ông C' });
    const mine = (await f.clients.clerk.get('/api/v1/responsibility/me')).json();
    expect(mine.person.id).toBe(f.people.clerk.id);
    expect(mine.steps.map((s: { name: string }) => s.name)).toEqual(['Tiếp nhận, vào sổ']);
    expect(mine.holding).toHaveLength(1);
    expect(mine.tasks).toMatchObject({ inTime: 1, overdue: 0, awaitingAcceptance: 0 });
    t.clock.advanceMs(hours(30));
    // Sessions last 12 hours: the clerk signs in again the next day.
    const clerk = api(t.app, await login(t.app, f.people.clerk.username));
    const later = (await clerk.get('/api/v1/responsibility/me')).json();
    expect(later.tasks).toMatchObject({ inTime: 0, overdue: 1 });
    expect(later).toMatchObject({ transfersAway: 0, extensions: 0 });
  });

  test('gives the unit head a matrix of people × steps, flagging steps with nobody or with a person who left', async () => {
    await f.publishedProcedure({
      steps: [
        { name: 'Tiếp nhận', unitId: f.office.id, defaultPersonId: f.people.clerk.id, limitValue: 1, limitUnit: 'working_days' },
        { name: 'Thẩm định', unitId: f.office.id, defaultPersonId: f.people.expert.id, limitValue: 1, limitUnit: 'working_days' },
        { name: 'Lưu hồ sơ', unitId: f.office.id, limitValue: 1, limitUnit: 'working_days' },
      ],
    });
    await t.database.db.update(people).set({ status: 'left', leftOn: '2026-03-01' }).where(eq(people.id, f.people.expert.id));
    const matrix = await f.clients.head.get(`/api/v1/responsibility/matrix?unitId=${f.office.id}`);
    expect(matrix.statusCode).toBe(200);
    const items = matrix.json().items.map((i: { label: string; flag: string | null }) => [i.label, i.flag]);
    expect(items).toEqual([
      ['1. Tiếp nhận', null],
      ['2. Thẩm định', 'person_left'],
      ['3. Lưu hồ sơ', 'no_person'],
    ]);
    expect(matrix.json().people.find((p: { id: string }) => p.id === f.people.expert.id).hasLeft).toBe(true);
    expect((await f.clients.clerk.get(`/api/v1/responsibility/matrix?unitId=${f.office.id}`)).statusCode).toBe(403);
    expect((await f.clients.head.get(`/api/v1/responsibility/matrix?unitId=${f.organisation.id}`)).statusCode).toBe(403);
    expect((await f.clients.head.get(`/api/v1/responsibility/matrix?unitId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    const sheet = await f.clients.leader.get(`/api/v1/responsibility/matrix.xlsx?unitId=${f.office.id}`);
    expect(sheet.statusCode).toBe(200);
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const noPerson = book.worksheets[0].getRow(6);
    expect(noPerson.getCell(3).value).toBe('3. Lưu hồ sơ');
    expect((noPerson.getCell(1).fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFFFC7CE');
  });
});
