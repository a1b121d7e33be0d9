import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type Readable, Transform, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { BackupRefused, manifestSchema, partKindOf, type Manifest } from './backup.manifest.js';

/** Packs the staged tables, the stored files and the manifest (last) into one gzip'd tar. */
export async function packBackup(manifest: Manifest, stagingDir: string, filesDir: string, out: Writable): Promise<void> {
  const pack = tar.pack();
  const done = pipeline(pack, createGzip(), out);
  const add = async (name: string, path: string, size: number) => {
    const entry = pack.entry({ name, size, mode: 0o600 });
    await pipeline(createReadStream(path), entry);
  };
  for (const table of manifest.tables) await add(`db/${table.name}.jsonl`, join(stagingDir, 'db', `${table.name}.jsonl`), table.bytes);
  for (const file of manifest.files) await add(`files/${file.path}`, join(filesDir, file.path), file.bytes);
  const manifestText = Buffer.from(JSON.stringify(manifest, null, 2));
  pack.entry({ name: 'manifest.json', size: manifestText.length, mode: 0o600 }, manifestText);
  pack.finalize();
  await done;
}

interface SeenPart {
  sha256: string;
  bytes: number;
  lines: number;
}

/**
 * Reads a backup through, hashing every part; with `extractTo`, writes the parts there (a staging
 * folder, never the target). Refuses a file that is not a whole, unaltered backup of ours.
 */
export async function readBackup(input: Readable, extractTo?: string): Promise<Manifest> {
  const seen = new Map<string, SeenPart>();
  let manifestText: string | null = null;
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const kind = partKindOf(header.name);
    if (!kind || header.type !== 'file' || seen.has(header.name)) {
      stream.resume();
      extract.destroy(new BackupRefused(`Tệp sao lưu chứa phần lạ: ${header.name}`, `unexpected part in the backup: ${header.name}`));
      return;
    }
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let bytes = 0;
    let lines = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        bytes += chunk.length;
        if (kind === 'table') for (const byte of chunk) if (byte === 10) lines++;
        if (kind === 'manifest') chunks.push(chunk);
        callback(null, chunk);
      },
    });
    const target = extractTo && kind !== 'manifest' ? join(extractTo, header.name) : null;
    const sink = async (): Promise<Writable> => {
      if (!target) return new Writable({ write: (_chunk, _encoding, callback) => callback() });
      await mkdir(dirname(target), { recursive: true });
      return createWriteStream(target);
    };
    sink()
      .then((out) => pipeline(stream, measure, out))
      .then(
        () => {
          if (kind === 'manifest') manifestText = Buffer.concat(chunks).toString('utf8');
          else seen.set(header.name, { sha256: hash.digest('hex'), bytes, lines });
          next();
        },
        (error: Error) => next(error),
      );
  });
  try {
    await pipeline(input, createGunzip(), extract);
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(
      `Tệp sao lưu hỏng hoặc bị cắt cụt (${(error as Error).message})`,
      `the backup file is corrupt or truncated (${(error as Error).message})`,
    );
  }
  if (manifestText === null)
    throw new BackupRefused('Tệp sao lưu thiếu bản kê (manifest.json): có thể bị cắt cụt', 'the backup has no manifest.json: it may be truncated');
  return checkParts(manifestText, seen);
}

function checkParts(manifestText: string, seen: Map<string, SeenPart>): Manifest {
  let parsed: Manifest;
  try {
    parsed = manifestSchema.parse(JSON.parse(manifestText));
  } catch {
    throw new BackupRefused('Bản kê của tệp sao lưu không đọc được', 'the backup manifest is unreadable');
  }
  const expected = new Map<string, { sha256: string; bytes: number; rows?: number }>([
    ...parsed.tables.map((table) => [`db/${table.name}.jsonl`, table] as const),
    ...parsed.files.map((file) => [`files/${file.path}`, file] as const),
  ]);
  for (const [name, part] of expected) {
    const got = seen.get(name);
    if (!got) throw new BackupRefused(`Thiếu phần ${name}`, `part ${name} is missing`);
    if (got.sha256 !== part.sha256 || got.bytes !== part.bytes)
      throw new BackupRefused(`Phần ${name} không khớp mã băm trong bản kê`, `part ${name} does not match its SHA-256 in the manifest`);
    if (part.rows !== undefined && got.lines !== part.rows)
      throw new BackupRefused(`Số dòng của ${name} không khớp bản kê`, `row count of ${name} differs from the manifest`);
  }
  for (const name of seen.keys()) if (!expected.has(name)) throw new BackupRefused(`Phần ${name} không có trong bản kê`, `part ${name} is not in the manifest`);
  return parsed;
}
