import { describe } from 'vitest';
import type { DocumentsFixture } from '../../test/fixtures/documents.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test } from '../../test/fixtures/index.js';

let f: DocumentsFixture;
let directiveId: string;
test.beforeEach(async ({ documents }) => {
  f = documents;
  directiveId = (await f.register()).id;
});

const planBody = (overrides: Record<string, unknown> = {}) => ({
  number: '15-KH/ĐU',
  title: 'Kế hoạch thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy',
  issuingBody: 'Đảng ủy cơ quan',
  issueDate: '2026-02-20',
  implementsDocumentId: directiveId,
  unitId: f.root.id,
  objectives: 'Quán triệt sâu sắc, cá thể hóa trách nhiệm từng cán bộ',
  ...overrides,
});
const targetBody = (overrides: Record<string, unknown> = {}) => ({
  metric: 'Cán bộ, đảng viên được quán triệt Chỉ thị và 25 biểu hiện',
  unitOfMeasure: '%',
  targetValue: 100,
  reachedValue: 40,
  deadline: '2026-06-30',
  unitId: f.department.id,
  accountablePersonId: f.people.head.id,
  ...overrides,
});
const taskBody = (targetId: string, overrides: Record<string, unknown> = {}) => ({
  title: 'Tổ chức hội nghị quán triệt trong Ban',
  expectedOutput: 'Biên bản hội nghị, danh sách ký cam kết',
  unitId: f.department.id,
  ownerId: f.people.staff.id,
  startDate: '2026-03-02',
  due: { kind: 'date', dueDate: '2026-03-06' },
  source: { kind: 'plan_target', id: targetId },
  ...overrides,
});

async function createPlan(overrides: Record<string, unknown> = {}, client = f.clients.leader) {
  const response = await client.post('/api/v1/plans', planBody(overrides));
  if (response.statusCode !== 200) throw new Error(`plan failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
async function addTarget(planId: string, overrides: Record<string, unknown> = {}, client = f.clients.leader) {
  const response = await client.post(`/api/v1/plans/${planId}/targets`, targetBody(overrides));
  if (response.statusCode !== 200) throw new Error(`target failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

describe('traceability export', () => {
  test('holds the lines the traceability page shows, dates as dates; a viewer who may not see the document is refused', async () => {
    const plan = await createPlan();
    const targetId = (await addTarget(plan.document.id)).targets[0].id;
    await createPlan({ number: '3-KH/BTG', unitId: f.department.id, issueDate: '2026-02-25' }, f.clients.head);
    await f.clients.head.post('/api/v1/tasks', taskBody(targetId));
    const shown = (await f.clients.staff.get(`/api/v1/documents/${directiveId}/traceability`)).json().lines;
    const { headers, rows } = await readExport(await f.clients.staff.get(`/api/v1/documents/${directiveId}/traceability/export.xlsx`));
    expect(headers.slice(0, 3)).toEqual(['Kế hoạch', 'Kế hoạch của', 'Chỉ tiêu']);
    expect(rows.map((row) => row[0])).toEqual(shown.map((line: { plan: { number: string; title: string } }) => `${line.plan.number} — ${line.plan.title}`));
    expect(rows.map((row) => row[2])).toEqual(shown.map((line: { target: { metric: string } | null }) => line.target?.metric ?? 'Chưa có chỉ tiêu'));
    expect((rows[0]![headers.indexOf('Hạn')] as Date).toISOString()).toBe(`${shown[0].task.dueDate}T00:00:00.000Z`);
    const english = await readExport(await f.clients.staff.get(`/api/v1/documents/${directiveId}/traceability/export.xlsx?lang=en`));
    expect(english.headers[0]).toBe('Plan');
    expect((await f.clients.foreigner.get(`/api/v1/documents/${directiveId}/traceability/export.xlsx`)).statusCode).toBe(404);
  });
});
