import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { VERSION } from './app.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { BackupRefused, restoreBackupFile, verifyBackupFile, writeBackupFile } from './modules/backup/index.js';
import { systemClock } from './platform/clock.js';

const usage = 'npm run backup -- --out FILE | npm run backup -- --verify FILE | npm run restore -- --in FILE';

/** PGlite's folder is held by the running server: ask the server for the backup instead. */
async function backupThroughServer(config: Config, out: string) {
  if (!config.BACKUP_TOKEN)
    throw new Error(
      'Máy chủ đang giữ thư mục dữ liệu: đặt BACKUP_TOKEN để sao lưu qua máy chủ / the server holds the data folder: set BACKUP_TOKEN to back up through it',
    );
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const response = await fetch(`http://${host}:${config.PORT}/api/v1/admin/backup`, { headers: { authorization: `Bearer ${config.BACKUP_TOKEN}` } });
  if (!response.ok || !response.body) throw new Error(`server answered ${response.status}`);
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(partial, { mode: 0o600 }));
    const manifest = await verifyBackupFile(partial);
    await rename(partial, out);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function backup(config: Config, out: string) {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 2 }).catch((error: Error) => {
    if (!config.DATABASE_URL && /in use|đang được/.test(error.message)) return null;
    throw error;
  });
  if (!database) return backupThroughServer(config, out);
  try {
    return await writeBackupFile({ database, filesDir: join(config.DATA_DIR, 'files'), appVersion: VERSION, now: systemClock.now() }, out);
  } finally {
    await database.close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { out: { type: 'string' }, verify: { type: 'string' }, in: { type: 'string' } } });
  const config = loadConfig();
  if (command === 'backup' && values.out) {
    const manifest = await backup(config, values.out);
    console.log(
      `Đã sao lưu / backed up: ${values.out} — ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows in ${manifest.tables.length} tables, ${manifest.files.length} files, ${manifest.auditChains.length} audit chains, migration ${manifest.lastMigration}`,
    );
  } else if (command === 'backup' && values.verify) {
    const manifest = await verifyBackupFile(values.verify);
    console.log(
      `Tệp sao lưu nguyên vẹn / backup intact: ${values.verify} — version ${manifest.appVersion}, migration ${manifest.lastMigration}, made ${manifest.createdAt}, ${manifest.tables.length} tables, ${manifest.files.length} files`,
    );
  } else if (command === 'restore' && values.in) {
    const filesDir = join(config.DATA_DIR, 'files');
    const target = config.DATABASE_URL
      ? { open: () => openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2 }), filesDir }
      : { open: () => openDatabase({ dataDir: config.DATA_DIR }), filesDir, dataDir: config.DATA_DIR };
    const { problems } = await restoreBackupFile(values.in, target);
    if (problems.length > 0) {
      console.error(`Khôi phục xong nhưng KHÔNG khớp bản kê / restored but does NOT match the manifest:\n${problems.join('\n')}`);
      process.exitCode = 1;
      return;
    }
    console.log(`Đã khôi phục và kiểm tra / restored and verified: rows, hashes, audit chains and files match ${values.in}`);
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupRefused ? `Từ chối / refused: ${error.message}` : error);
  process.exitCode = 1;
});
