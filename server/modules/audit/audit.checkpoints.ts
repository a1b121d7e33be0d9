import { createHmac, timingSafeEqual } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { agencies, auditCheckpoints } from '../../db/schema/index.js';
import { canonicalJson } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import type { Clock } from '../../platform/clock.js';

export interface LaneHead {
  lane: number;
  lastSequence: number;
  lastHash: string;
}

export function signCheckpoint(key: Buffer, agencyId: string, day: string, heads: LaneHead[]): string {
  const sorted = [...heads].sort((a, b) => a.lane - b.lane);
  return createHmac('sha256', key)
    .update(canonicalJson({ agencyId, day, heads: sorted }))
    .digest('hex');
}

export function isCheckpointSigned(key: Buffer, agencyId: string, day: string, heads: LaneHead[], signature: string): boolean {
  const expected = Buffer.from(signCheckpoint(key, agencyId, day, heads), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function headsOf(db: Db, agencyId: string): Promise<LaneHead[]> {
  const rows = await queryRows<{ lane: number; last_sequence: number | string; last_hash: string }>(
    db,
    sql`select lane, last_sequence, last_hash from audit_chain_heads where agency_id = ${agencyId} order by lane`,
  );
  return rows.map((row) => ({ lane: Number(row.lane), lastSequence: Number(row.last_sequence), lastHash: row.last_hash }));
}

/** Signs today's copy of the agency's heads, once a day (a second call the same day keeps the first). */
export async function writeAuditCheckpoint(db: Db, key: Buffer, agencyId: string, now: Date) {
  const day = localDateOf(now);
  const heads = await headsOf(db, agencyId);
  await db
    .insert(auditCheckpoints)
    .values({ agencyId, day, heads, signature: signCheckpoint(key, agencyId, day, heads), createdAt: now })
    .onConflictDoNothing();
}

export async function checkpointAllAgencies(deps: { db: Db; clock: Clock; checkpointKey: Buffer }) {
  for (const agency of await deps.db.select({ id: agencies.id }).from(agencies)) {
    await writeAuditCheckpoint(deps.db, deps.checkpointKey, agency.id, deps.clock.now());
  }
}

export async function latestCheckpoint(db: Db, agencyId: string) {
  const [row] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.agencyId, agencyId)).orderBy(desc(auditCheckpoints.day)).limit(1);
  return row ?? null;
}
