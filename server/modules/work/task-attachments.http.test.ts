import { describe } from 'vitest';
import { multipart } from '../../test/http.js';
import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const upload = (client: WorkFixture['clients']['lan'], taskId: string, name: string, content: Buffer, type = 'application/pdf') => {
  const body = multipart(name, content, type);
  return client.send('POST', `/api/v1/tasks/${taskId}/attachments`, body.payload, { headers: body.headers });
};

describe('evidence and attachments', () => {
  test('the owner attaches a report; people on the task list and download it byte for byte', async () => {
    const task = await f.assign();
    const added = await upload(f.clients.lan, task.id, 'Báo cáo kết quả.pdf', pdf);
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ fileName: 'Báo cáo kết quả.pdf', contentType: 'application/pdf', size: pdf.length, uploadedBy: 'Nguyễn Thị Lan' });
    const list = (await f.clients.head.get(`/api/v1/tasks/${task.id}/attachments`)).json();
    expect(list.items.map((a: { fileName: string }) => a.fileName)).toEqual(['Báo cáo kết quả.pdf']);
    const download = await f.clients.head.get(`/api/v1/tasks/${task.id}/attachments/${added.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o");
  });

  test('refuses a file whose content is not what its name says, and writes nothing', async () => {
    const task = await f.assign();
    const fake = await upload(f.clients.lan, task.id, 'hop-dong.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().errors[0].field).toBe('file');
    expect((await upload(f.clients.lan, task.id, 'script.exe', pdf)).statusCode).toBe(400);
    expect((await f.clients.lan.get(`/api/v1/tasks/${task.id}/attachments`)).json().items).toEqual([]);
  });

  test('hides the files of a task from people outside it (404) and refuses additions once it is closed', async () => {
    const task = await f.assign();
    expect((await f.clients.outsider.get(`/api/v1/tasks/${task.id}/attachments`)).statusCode).toBe(404);
    expect((await upload(f.clients.outsider, task.id, 'x.pdf', pdf)).statusCode).toBe(404);
    await f.clients.head.post(`/api/v1/tasks/${task.id}/cancel`, { reason: 'Không còn cần thiết' });
    expect((await upload(f.clients.lan, task.id, 'muon.pdf', pdf)).statusCode).toBe(403);
  });
});
