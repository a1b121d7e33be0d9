import { z } from 'zod';

export const BACKUP_FORMAT = 'congvu-backup/1';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  appVersion: z.string(),
  createdAt: z.string(),
  databaseKind: z.enum(['pglite', 'postgres']),
  lastMigration: z.string(),
  tables: z.array(z.object({ name: z.string().regex(/^[a-z0-9_]+$/), rows: z.number().int().min(0), bytes: z.number().int().min(0), sha256 })),
  files: z.array(z.object({ path: z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{64}$/), bytes: z.number().int().min(0), sha256 })),
  auditChains: z.array(z.object({ agencyId: z.string(), lane: z.number().int(), lastSequence: z.number().int(), lastHash: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Names a backup may hold: anything else (or a path climbing out) marks it as not ours. */
export function partKindOf(name: string): 'manifest' | 'table' | 'file' | null {
  if (name === 'manifest.json') return 'manifest';
  if (/^db\/[a-z0-9_]+\.jsonl$/.test(name)) return 'table';
  if (/^files\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name)) return 'file';
  return null;
}

/** A backup that cannot be trusted: the message says what is wrong, in both languages. */
export class BackupRefused extends Error {
  constructor(vi: string, en: string) {
    super(`${vi} / ${en}`);
    this.name = 'BackupRefused';
  }
}
