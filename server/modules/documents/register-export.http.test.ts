import { describe } from 'vitest';
import { readExport } from '../../test/xlsx.js';
import { DOCUMENTS_TEST_START } from '../../test/fixtures/documents.js';
import { expect, test, type DocumentsFixture } from '../../test/fixtures/index.js';

let f: DocumentsFixture;
test.override('appOptions', { now: DOCUMENTS_TEST_START });
test.beforeEach(({ documents }) => {
  f = documents;
});

describe('document register export', () => {
  test('lists the filtered register with issue dates as date cells, and only the agency’s own documents', async () => {
    await f.register();
    await f.register({ kind: 'resolution', number: '05-NQ/TU', issueDate: '2024-01-10', title: 'Nghị quyết về chuyển đổi số' });
    const { headers, rows } = await readExport(await f.clients.staff.get('/api/v1/documents/export.xlsx?kind=directive'));
    expect(headers.slice(0, 4)).toEqual(['Số, ký hiệu', 'Loại văn bản', 'Ngày ban hành', 'Trích yếu']);
    expect(rows.map((row) => row[0])).toEqual(['24-CT/TU']);
    expect((rows[0]![2] as Date).toISOString()).toBe('2023-08-07T00:00:00.000Z');
    const all = await readExport(await f.clients.staff.get('/api/v1/documents/export.xlsx'));
    expect(all.rows).toHaveLength(2);
    const foreign = await readExport(await f.clients.foreigner.get('/api/v1/documents/export.xlsx'));
    expect(foreign.rows).toHaveLength(0);
  });
});
