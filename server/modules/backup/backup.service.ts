import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Database } from '../../db/client.js';
import { packBackup, readBackup } from './backup.archive.js';
import { exportToStaging } from './backup.export.js';
import { BackupRefused, type Manifest } from './backup.manifest.js';
import { checkEmptyDatabase, checkRestorable, copyStagedFiles, isEmptyFolder, loadStagedTables, verifyRestored } from './backup.restore.js';

/** A scratch folder beside nothing of the target's, removed whatever happens. */
async function withStaging<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'congvu-backup-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface BackupSource {
  database: Database;
  filesDir: string;
  appVersion: string;
  now: Date;
}

/** Writes one backup (gzip'd tar: tables from one snapshot, stored files, manifest) to `out`. */
export function writeBackup(source: BackupSource, out: Writable): Promise<Manifest> {
  return withStaging(async (staging) => {
    const manifest = await exportToStaging(source.database.db, source.database.kind, source.filesDir, staging, source.appVersion, source.now);
    await packBackup(manifest, staging, source.filesDir, out);
    return manifest;
  });
}

/** Writes a backup to `path` through a partial file renamed at the end, so a file there is always whole. */
export async function writeBackupFile(source: BackupSource, path: string): Promise<Manifest> {
  const partial = `${path}.partial`;
  try {
    const manifest = await writeBackup(source, createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, path);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Reads a backup through and checks every part against its manifest; writes nothing. */
export function verifyBackupFile(path: string): Promise<Manifest> {
  return readBackup(createReadStream(path));
}

export interface RestoreTarget {
  /** Opens the target database (not yet migrated). */
  open(): Promise<Database>;
  filesDir: string;
  /** PGlite: the data folder, which must be empty. */
  dataDir?: string;
  /** Leaves the restored database open for the caller (tests serve it at once). */
  keepOpen?: boolean;
}

/**
 * Restores into an empty database and data folder: the file is checked whole before anything is
 * written, then loaded and compared again with its manifest (rows, hashes, audit chains, files).
 */
export async function restoreBackupFile(path: string, target: RestoreTarget): Promise<{ manifest: Manifest; problems: string[]; database?: Database }> {
  return withStaging(async (staging) => {
    const manifest = await readBackup(createReadStream(path), staging);
    checkRestorable(manifest);
    if (target.dataDir && !isEmptyFolder(target.dataDir))
      throw new BackupRefused(`Thư mục dữ liệu ${target.dataDir} không trống`, `the data folder ${target.dataDir} is not empty`);
    if (!isEmptyFolder(target.filesDir))
      throw new BackupRefused(`Thư mục tệp ${target.filesDir} không trống`, `the files folder ${target.filesDir} is not empty`);
    const database = await target.open();
    try {
      await checkEmptyDatabase(database.db);
      await database.migrate();
      await loadStagedTables(database.db, staging, manifest);
      await copyStagedFiles(staging, manifest, target.filesDir);
      const problems = await verifyRestored(database.db, manifest, target.filesDir);
      return { manifest, problems, ...(target.keepOpen ? { database } : {}) };
    } finally {
      if (!target.keepOpen) await database.close();
    }
  });
}
