import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { VERSION } from '../../app.js';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { runScheduledBackup } from './backup.schedule.js';
import { runSignalSweep } from '../work/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { signalSettingsOf, loadConfig } from '../../config.js';

let t: TestApp;
let folder: string;
// Usernames: the clock moves days ahead here, so each check signs in afresh.
let adminName: string;
let staffName: string;
let agencyId: string;
// A day no other test uses, so the day's backup run is this file's to claim on a shared database.
const DAY = new Date('2031-05-12T01:00:00Z');

test.beforeAll(async ({ openApp }) => {
  folder = mkdtempSync(join(tmpdir(), 'congvu-status-'));
  t = await openApp({ now: DAY, env: { BACKUP_DIR: join(folder, 'backups'), BACKUP_KEEP: '1' } });
  const agency = await createAgency(t.database.db);
  agencyId = agency.agencyId;
  const root = agency.root;
  const adminUser = await createUser(t.database.db, root, ['agency_admin']);
  const staffUser = await createUser(t.database.db, root, ['staff']);
  adminName = adminUser.username;
  staffName = staffUser.username;
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
});

const backupDeps = (backupDir = join(folder, 'backups')) => ({
  database: t.database,
  clock: t.clock,
  dataDir: folder,
  backupDir,
  keep: 1,
  appVersion: VERSION,
});
const status = async () => {
  const response = await api(t.app, await login(t.app, adminName)).get('/api/v1/admin/system-status');
  expect(response.statusCode).toBe(200);
  return response.json();
};

test('shows an administrator the version, the database, the migrations and that no backup has run yet', async () => {
  const body = await status();
  expect(body).toMatchObject({ version: VERSION, migration: { isCurrent: true }, backup: { isScheduled: true, keep: 1 } });
  expect(body.migration.applied).toBe(body.migration.expected);
  expect(['pglite', 'postgres']).toContain(body.database.kind);
  if (body.backup.lastRun === null) expect(body.backup.isOverdue).toBe(true);
});

test("shows the last scheduled backup's result, keeps BACKUP_KEEP files and flags a failure and an overdue backup", async () => {
  expect((await runScheduledBackup(backupDeps())).ran).toBe(true);
  let body = await status();
  expect(body.backup).toMatchObject({ isOverdue: false, lastRun: { state: 'ok', runKey: '2031-05-12', error: null } });
  expect(body.backup.lastRun.bytes).toBeGreaterThan(0);
  expect(body.backup.lastRun.rows).toBeGreaterThan(0);
  expect((await runScheduledBackup(backupDeps())).ran).toBe(false);

  t.clock.set(new Date('2031-05-13T01:00:00Z'));
  expect((await runScheduledBackup(backupDeps())).ran).toBe(true);
  expect(readdirSync(join(folder, 'backups'))).toHaveLength(1);

  // A folder that cannot be made: the run is recorded as failed with its reason.
  t.clock.set(new Date('2031-05-14T01:00:00Z'));
  const blocked = join(folder, 'not-a-folder');
  writeFileSync(blocked, '');
  expect((await runScheduledBackup(backupDeps(join(blocked, 'backups')))).ran).toBe(true);
  body = await status();
  expect(body.backup.lastRun).toMatchObject({ state: 'failed', runKey: '2031-05-14' });
  expect(body.backup.lastRun.error).toEqual(expect.any(String));
  // The newest usable copy is a day old: not overdue yet.
  expect(body.backup).toMatchObject({ isOverdue: false, lastSuccessAt: '2031-05-13T01:00:00.000Z' });

  // Two days on with no successful backup since the 13th: overdue.
  t.clock.set(new Date('2031-05-15T06:00:00Z'));
  expect((await status()).backup.isOverdue).toBe(true);
}, 240_000);

test("lists each periodic job's latest run in the administrator's agency", async () => {
  const config = loadConfig({ NODE_ENV: 'test' });
  const deps = { db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db), signalSettings: signalSettingsOf(config) };
  expect((await runSignalSweep(deps, agencyId)).ran).toBe(true);
  const jobs = (await status()).jobs as { job: string; state: string }[];
  expect(jobs).toContainEqual(expect.objectContaining({ job: 'work.signal_sweep', state: 'ok' }));
  expect(jobs.some((job) => job.job === 'backup.scheduled')).toBe(false);
});

test('is for administrators only', async () => {
  expect((await api(t.app, await login(t.app, staffName)).get('/api/v1/admin/system-status')).statusCode).toBe(403);
  expect((await api(t.app, null).get('/api/v1/admin/system-status')).statusCode).toBe(401);
});
