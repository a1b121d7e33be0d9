import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { restoreBackupFile, verifyBackupFile } from './backup.service.js';

const TOKEN = 'backup-token-for-tests-0123456789';
let t: TestApp;
let folder: string;
let whole: Buffer;
test.override('appOptions', { env: { BACKUP_TOKEN: TOKEN } });
test.beforeAll(async ({ app }) => {
  t = app;
  folder = mkdtempSync(join(tmpdir(), 'congvu-refusals-'));
  const { root } = await createAgency(t.database.db);
  await createUser(t.database.db, root, ['agency_admin']);
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/admin/backup', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/gzip');
  whole = response.rawPayload;
  writeFileSync(join(folder, 'whole.tar.gz'), whole);
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
});

test('streams a whole, verifiable backup from the running server to its token or a system administrator alone', async () => {
  expect((await verifyBackupFile(join(folder, 'whole.tar.gz'))).tables.length).toBeGreaterThan(10);
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/backup' })).statusCode).toBe(401);
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/backup', headers: { authorization: 'Bearer not-the-token-but-same-len' } })).statusCode).toBe(
    401,
  );
  const { root } = await createAgency(t.database.db);
  const admin = await createUser(t.database.db, root, ['agency_admin']);
  expect((await api(t.app, await login(t.app, admin.username)).get('/api/v1/admin/backup')).statusCode).toBe(403);
});

test('refuses a truncated file and a file with one byte changed, with a clear message', async () => {
  const truncated = join(folder, 'truncated.tar.gz');
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  await expect(verifyBackupFile(truncated)).rejects.toThrow(/corrupt or truncated|no manifest/);
  const altered = Buffer.from(whole);
  altered[Math.floor(altered.length / 2)] ^= 0xff;
  writeFileSync(join(folder, 'altered.tar.gz'), altered);
  await expect(verifyBackupFile(join(folder, 'altered.tar.gz'))).rejects.toThrow(/corrupt|truncated|SHA-256|unexpected|manifest/);
  writeFileSync(join(folder, 'other.tar.gz'), readFileSync(new URL(import.meta.url)));
  await expect(verifyBackupFile(join(folder, 'other.tar.gz'))).rejects.toThrow(/corrupt or truncated/);
});

test('writes nothing when restoring a damaged file', async () => {
  const filesDir = join(folder, 'target-files');
  let opened = false;
  const open = async () => {
    opened = true;
    return t.database;
  };
  await expect(restoreBackupFile(join(folder, 'truncated.tar.gz'), { filesDir, open })).rejects.toThrow(/corrupt or truncated|no manifest/);
  expect(opened).toBe(false);
  expect(existsSync(filesDir)).toBe(false);
});
