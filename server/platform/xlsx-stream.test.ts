import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { datedFileName, sendXlsx, type XlsxColumn } from './xlsx-stream.js';

type Row = { n: number; title: string; due: string; at: Date; done: number };
const columns: XlsxColumn<Row>[] = [
  { title: { vi: 'STT', en: 'No.' }, kind: 'number', value: (row) => row.n },
  { title: { vi: 'Tên nhiệm vụ', en: 'Title' }, value: (row) => row.title },
  { title: { vi: 'Hạn xử lý', en: 'Due date' }, kind: 'date', value: (row) => row.due },
  { title: { vi: 'Thời điểm', en: 'At' }, kind: 'datetime', value: (row) => row.at },
  { title: { vi: 'Tiến độ', en: 'Progress' }, kind: 'percent', value: (row) => row.done },
];

/** Pages of generated rows, as a list would hand them over, without a database. */
async function* generated(count: number, pageSize: number) {
  for (let start = 1; start <= count; start += pageSize) {
    const size = Math.min(pageSize, count - start + 1);
    yield Array.from({ length: size }, (_, i) => ({
      n: start + i,
      title: `Việc số ${start + i}`,
      due: '2026-12-31',
      at: new Date('2026-12-07T01:30:00Z'),
      done: 40,
    }));
  }
}

async function exportOf(count: number, language: 'vi' | 'en', failAt?: number) {
  const app = Fastify();
  app.get('/x', (_request, reply) =>
    sendXlsx(reply, {
      fileName: { vi: 'viec-cua-toi', en: 'my-work' },
      sheetName: { vi: 'Nhiệm vụ', en: 'Tasks' },
      columns,
      pages: failAt === undefined ? generated(count, 500) : failing(failAt),
      total: count,
      language,
      now: new Date('2026-12-07T20:00:00Z'),
    }),
  );
  try {
    return await app.inject({ method: 'GET', url: '/x' });
  } finally {
    await app.close();
  }
}

async function* failing(afterPages: number) {
  let page = 0;
  for await (const rows of generated(10_000, 500)) {
    if (page++ === afterPages) throw new Error('database went away');
    yield rows;
  }
}

async function sheetOf(body: Buffer) {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('streamed spreadsheet exports', () => {
  it('carry every row past the old 5,000 cap with titled, typed columns', async () => {
    const response = await exportOf(7_001, 'vi');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''viec-cua-toi-08-12-2026.xlsx`);
    expect(response.headers['x-export-rows']).toBe('7001');
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.name).toBe('Nhiệm vụ');
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Tên nhiệm vụ', 'Hạn xử lý', 'Thời điểm', 'Tiến độ']);
    expect(sheet.rowCount).toBe(7_002);
    const last = sheet.getRow(7_002);
    expect(last.getCell(1).value).toBe(7_001);
    expect(last.getCell(2).value).toBe('Việc số 7001');
    const due = last.getCell(3);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect((last.getCell(4).value as Date).toISOString()).toBe('2026-12-07T08:30:00.000Z');
    expect(last.getCell(5).value).toBe(0.4);
    expect(last.getCell(5).numFmt).toBe('0%');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('title columns and the file in English when asked', async () => {
    const response = await exportOf(3, 'en');
    expect(response.headers['content-disposition']).toContain('my-work-08-12-2026.xlsx');
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, 'No.', 'Title', 'Due date', 'At', 'Progress']);
    expect(sheet.rowCount).toBe(4);
  });

  it('refuse with a problem when the first page is refused, and cut the file short when a later page fails', async () => {
    const refused = await exportOf(0, 'vi', 0);
    expect(refused.statusCode).toBe(500);
    expect(refused.headers['content-type']).not.toContain('spreadsheetml');
    await expect(exportOf(0, 'vi', 3)).rejects.toThrow(/destroyed/);
  });

  it('name files by the day in Hà Nội', () => {
    expect(datedFileName('so-van-ban', new Date('2026-12-31T17:30:00Z'))).toBe('so-van-ban-01-01-2027.xlsx');
  });
});
