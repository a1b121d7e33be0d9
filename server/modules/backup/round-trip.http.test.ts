import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { buildApp, VERSION } from '../../app.js';
import { loadConfig } from '../../config.js';
import { api, login, multipart, type Session } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { restoreBackupFile, verifyBackupFile, writeBackupFile } from './backup.service.js';
import { dropTarget, openEmptyTarget, seedDemoData } from '../../test/fixtures/backup.js';

const LISTS = [
  '/api/v1/tasks?view=unit&limit=100',
  '/api/v1/tasks/summary',
  '/api/v1/tasks/dashboard',
  '/api/v1/units',
  '/api/v1/people?limit=100',
  '/api/v1/documents',
  '/api/v1/campaigns',
  '/api/v1/meetings',
  '/api/v1/conduct/cases?limit=100',
  '/api/v1/conduct/suggestions',
  '/api/v1/feedback/reports',
  '/api/v1/notifications',
  '/api/v1/audit?limit=100',
  '/api/v1/audit/verify',
];

let t: TestApp;
let folder: string;
let session: Session;
let leader: Session;
let targetUrl: string | undefined;
test.beforeAll(async ({ app }) => {
  t = app;
  folder = mkdtempSync(join(tmpdir(), 'congvu-round-trip-'));
  const prefix = `${Date.now().toString(36)}b-`;
  const seeded = await seedDemoData(t, prefix);
  session = await login(t.app, `${prefix}admin`, 'Congvu@2026');
  leader = await login(t.app, `${prefix}lanhdao`, 'Congvu@2026');
  // Writes through the API after the seed: a comment on a task and its notification trail.
  const client = api(t.app, leader);
  const task = (await client.get('/api/v1/tasks?view=unit&limit=1')).json().items[0];
  expect((await client.post(`/api/v1/tasks/${task.id}/comments`, { text: 'Sao lưu rồi khôi phục' })).statusCode).toBe(200);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`evidence ${prefix}`)]);
  const upload = multipart('minh-chung.png', png, 'image/png');
  const owner = api(t.app, await login(t.app, `${prefix}canbo1`, 'Congvu@2026'));
  const own = (await owner.get('/api/v1/tasks?view=mine&limit=1')).json().items[0];
  expect((await owner.post(`/api/v1/tasks/${own.id}/attachments`, upload.payload, { headers: upload.headers })).statusCode).toBe(200);
  expect(seeded.agencyId).toBeDefined();
}, 240_000);
afterAll(async () => {
  await dropTarget(targetUrl);
  rmSync(folder, { recursive: true, force: true });
});

async function answers(app: TestApp['app'], admin: Session, reader: Session) {
  const result: Record<string, unknown> = {};
  for (const url of LISTS) {
    const response = await api(app, url.startsWith('/api/v1/audit') ? admin : reader).get(url);
    expect(response.statusCode, url).toBe(200);
    result[url] = response.json();
  }
  return result;
}

test('backs up the demo data and writes, restores into a fresh database, and every list answers the same', { timeout: 300_000 }, async () => {
  const before = await answers(t.app, session, leader);
  const file = join(folder, 'backup.tar.gz');
  const filesDir = join(`.tmp/test-data-${process.pid}`, 'files');
  const manifest = await writeBackupFile({ database: t.database, filesDir, appVersion: VERSION, now: t.clock.now() }, file);
  expect(manifest.files.length).toBeGreaterThan(0);
  expect(manifest.auditChains.length).toBeGreaterThan(0);
  expect(manifest.tables.find((table) => table.name === 'tasks')!.rows).toBeGreaterThan(30);
  expect((await verifyBackupFile(file)).tables).toEqual(manifest.tables);

  const target = await openEmptyTarget('restore');
  targetUrl = target.url;
  const restoredDataDir = join(folder, 'restored');
  const { problems, database } = await restoreBackupFile(file, { filesDir: join(restoredDataDir, 'files'), open: target.open, keepOpen: true });
  expect(problems).toEqual([]);
  expect(existsSync(join(restoredDataDir, 'files', manifest.files[0].path))).toBe(true);

  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: restoredDataDir });
  const restored = await buildApp({ database: database!, config, clock: t.clock, logger: false });
  try {
    // The session made before the backup is in it: the same cookie works on the restored server.
    expect(await answers(restored, session, leader)).toEqual(before);
    const attachment = (before['/api/v1/feedback/reports'] as { items: { id: string }[] }).items[0];
    expect(attachment).toBeDefined();
  } finally {
    await restored.close();
    await database!.close();
  }
});

test('refuses to restore into a database that is not empty, writing nothing', { timeout: 120_000 }, async () => {
  const file = join(folder, 'backup.tar.gz');
  const filesDir = join(folder, 'refused-files');
  await expect(restoreBackupFile(file, { filesDir, open: async () => t.database, keepOpen: true })).rejects.toThrow(/not empty/);
  expect(existsSync(filesDir)).toBe(false);
});
