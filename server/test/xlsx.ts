import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** An export response's first sheet as header titles and rows of cell values (index 0 = column A). */
export async function readExport(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
  return { headers: values(1) as string[], rows, sheet };
}
