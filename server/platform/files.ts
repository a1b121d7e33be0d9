import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validationError } from './errors.js';

/** What evidence and attachments may be: documents, spreadsheets, images, PDFs; checked by content, not only by name. */
const ACCEPTED: { extensions: string[]; contentType: string; signature: (head: Buffer) => boolean }[] = [
  { extensions: ['pdf'], contentType: 'application/pdf', signature: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  { extensions: ['png'], contentType: 'image/png', signature: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', signature: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  // Office Open XML files are zip archives.
  {
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    signature: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  {
    extensions: ['xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    signature: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
];

export const MAX_FILE_BYTES = 10 * 1_048_576;

export interface StoredFile {
  sha256: string;
  size: number;
  contentType: string;
}

/** Content-addressed storage on disk: the same content is stored once, under its SHA-256. */
export function createFileStore(root: string) {
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256);
  return {
    /** Checks type and size, then stores; throws a validation error naming `field` otherwise. */
    async store(buffer: Buffer, fileName: string, field = 'file'): Promise<StoredFile> {
      const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
      const kind = ACCEPTED.find((candidate) => candidate.extensions.includes(extension));
      if (!kind || !kind.signature(buffer)) {
        throw validationError([
          {
            field,
            message: { vi: 'Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPG đúng định dạng', en: 'Only genuine PDF, DOCX, XLSX, PNG or JPG files are accepted' },
          },
        ]);
      }
      if (buffer.length === 0 || buffer.length > MAX_FILE_BYTES) {
        throw validationError([{ field, message: { vi: 'Tệp rỗng hoặc lớn hơn 10 MB', en: 'The file is empty or larger than 10 MB' } }]);
      }
      const sha256 = createHash('sha256').update(buffer).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
        // Write then rename, so a crash never leaves a half-written file under a valid name; each
        // writer has its own temporary name, and a rename over a twin that won the race is harmless (same content).
        const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
        try {
          await writeFile(temporary, buffer, { flag: 'wx' });
          await rename(temporary, path);
        } catch (error) {
          await rm(temporary, { force: true });
          if (!existsSync(path)) throw error;
        }
      }
      return { sha256, size: buffer.length, contentType: kind.contentType };
    },
    read: (sha256: string) => readFile(pathOf(sha256)),
  };
}
export type FileStore = ReturnType<typeof createFileStore>;
