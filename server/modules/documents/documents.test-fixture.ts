import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login, multipart } from '../../test/http.js';

export const DOCUMENTS_TEST_START = new Date('2026-03-02T06:00:00Z');

/**
 * An agency with the office that keeps the register, two departments and one login per role,
 * plus a leader of another agency. Every call makes a new agency, so numbers never clash across tests.
 */
export async function createDocumentsFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db);
  const office = await createUnit(db, root, { name: 'Văn phòng', kind: 'office' });
  const department = await createUnit(db, root, { name: 'Ban Tuyên giáo' });
  const other = await createUnit(db, root, { name: 'Ban Phong trào' });
  const foreign = await createAgency(db, 'Cơ quan khác');
  const people = {
    admin: await createUser(db, root, ['agency_admin'], { fullName: 'Phạm Văn Quản' }),
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà' }),
    editor: await createUser(db, office, ['editor', 'staff'], { fullName: 'Vũ Thị Mai' }),
    head: await createUser(db, department, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head' }),
    staff: await createUser(db, department, ['staff'], { fullName: 'Nguyễn Thị Lan' }),
    otherHead: await createUser(db, other, ['unit_head', 'staff'], { fullName: 'Trịnh Văn Nam', manages: 'head' }),
    inspector: await createUser(db, other, ['inspector'], { fullName: 'Hoàng Minh Tuấn' }),
    foreigner: await createUser(db, foreign.root, ['leader', 'agency_admin'], { fullName: 'Đỗ Văn Khách' }),
  };
  const clients = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
  ) as Record<keyof typeof people, ReturnType<typeof api>>;

  /** Registers a document through the API as the editor; the number is unique per call unless given. */
  async function register(overrides: Record<string, unknown> = {}) {
    const response = await clients.editor.post('/api/v1/documents', {
      kind: 'directive',
      number: '24-CT/TU',
      title: 'Về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội',
      issuingBody: 'Ban Thường vụ Thành ủy Hà Nội',
      issueDate: '2023-08-07',
      signer: 'Đinh Tiến Dũng',
      ...overrides,
    });
    if (response.statusCode !== 200) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; currentVersion: number; [key: string]: unknown };
  }

  const upload = (client: ReturnType<typeof api>, url: string, fileName: string, content: Buffer, note?: string) => {
    const body = multipart(fileName, content, 'application/octet-stream');
    const payload = note === undefined ? body.payload : withNote(body.payload, note);
    return client.send('POST', url, payload, { headers: body.headers });
  };
  return { agencyId, root, office, department, other, people, clients, register, upload };
}
export type DocumentsFixture = Awaited<ReturnType<typeof createDocumentsFixture>>;

/** Puts a `note` field before the file part of a multipart body made by `multipart`. */
function withNote(payload: Buffer, note: string) {
  const boundary = '----congvu-test-boundary';
  const field = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${note}\r\n`);
  return Buffer.concat([field, payload]);
}

export const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
export const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
