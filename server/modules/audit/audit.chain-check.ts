import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { GENESIS_HASH, hashAuditRow } from '../../platform/audit.js';
import * as repository from './audit.repository.js';

const BATCH = 1_000;

export interface ChainHead {
  agencyId: string;
  lane: number;
  lastSequence: number;
  lastHash: string;
}

/** The head of every audit chain of every agency, as a backup's manifest records them. */
export async function readChainHeads(db: Db): Promise<ChainHead[]> {
  const rows = await queryRows<{ agency_id: string; lane: number; last_sequence: string | number; last_hash: string }>(
    db,
    sql`select agency_id, lane, last_sequence, last_hash from audit_chain_heads order by agency_id, lane`,
  );
  return rows.map((row) => ({ agencyId: row.agency_id, lane: Number(row.lane), lastSequence: Number(row.last_sequence), lastHash: row.last_hash }));
}

/** Re-computes one chain from its first row and answers its last hash, or why it is broken. */
export async function recomputeChain(db: Db, agencyId: string, lane: number): Promise<{ isIntact: boolean; lastHash: string; rows: number; problem?: string }> {
  let previousHash = GENESIS_HASH;
  let expectedSequence = 1;
  for (;;) {
    const rows = await repository.chainBatch(db, agencyId, lane, expectedSequence - 1, BATCH);
    for (const row of rows) {
      if (row.sequence !== expectedSequence)
        return { isIntact: false, lastHash: previousHash, rows: expectedSequence - 1, problem: `sequence gap at ${expectedSequence}` };
      if (row.previousHash !== previousHash || hashAuditRow(row) !== row.hash)
        return { isIntact: false, lastHash: previousHash, rows: expectedSequence - 1, problem: `broken link at sequence ${row.sequence}` };
      previousHash = row.hash;
      expectedSequence++;
    }
    if (rows.length < BATCH) return { isIntact: true, lastHash: previousHash, rows: expectedSequence - 1 };
  }
}
