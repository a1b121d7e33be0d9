import { describe } from 'vitest';
import { multipart } from '../../test/http.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type ConductFixture } from '../../test/fixtures/index.js';

let f: ConductFixture;
test.beforeEach(({ conduct }) => {
  f = conduct;
});

describe('catalog export', () => {
  test('holds the items the catalog page shows, in its order, and imports back as it is; others are refused', async () => {
    const { related } = (await f.clients.inspector.get('/api/v1/conduct/catalogs/current')).json();
    const response = await f.clients.inspector.get(`/api/v1/conduct/catalogs/${related.id}/export.xlsx`);
    const { headers, rows } = await readExport(response);
    expect(headers).toEqual(['Mã nhóm', 'Tên nhóm', 'Mã biểu hiện', 'Nội dung', 'Nguồn']);
    expect(rows.map((row) => row[2])).toEqual(related.items.map((item: { code: string }) => item.code));
    expect(rows.map((row) => row[3])).toEqual(related.items.map((item: { text: string }) => item.text));
    expect((await readExport(await f.clients.inspector.get(`/api/v1/conduct/catalogs/${related.id}/export.xlsx?lang=en`))).headers[2]).toBe('Code');

    const form = multipart('catalog.xlsx', response.rawPayload, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const preview = await f.clients.admin.post('/api/v1/conduct/catalogs/import?kind=related&version=sao-lai&dryRun=true', form.payload, {
      headers: form.headers,
    });
    expect(preview.json().errors).toEqual([]);
    expect(preview.json().rows.map((row: { code: string }) => row.code)).toEqual(related.items.map((item: { code: string }) => item.code));

    expect((await f.clients.subject.get(`/api/v1/conduct/catalogs/${related.id}/export.xlsx`)).statusCode).toBe(403);
    expect((await f.clients.inspector.get(`/api/v1/conduct/catalogs/${crypto.randomUUID()}/export.xlsx`)).statusCode).toBe(404);
  });
});
