import type { z } from 'zod';
import type { auditQuery } from '../../../contracts/audit.js';
import type { Db } from '../../db/client.js';
import { type Actor, isAdministrator } from '../../platform/actor.js';
import { GENESIS_HASH, hashAuditRow } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { startOfLocalDay } from '../../platform/calendar/dates.js';
import { headsOf, isCheckpointSigned, latestCheckpoint } from './audit.checkpoints.js';
import * as repository from './audit.repository.js';

export interface AuditDeps {
  db: Db;
  /** Signs the daily checkpoints of the chain heads (config: AUDIT_CHECKPOINT_KEY). */
  checkpointKey: Buffer;
}

function requireAuditor(actor: Actor) {
  if (!isAdministrator(actor)) throw forbidden();
}

export async function listAudit(deps: AuditDeps, actor: Actor, query: z.infer<typeof auditQuery>) {
  requireAuditor(actor);
  const cursor = decodeCursor(query.cursor, 1);
  const rows = await repository.listAuditEvents(deps.db, {
    agencyId: actor.agencyId,
    action: query.action,
    subjectType: query.subjectType,
    subjectId: query.subjectId,
    actorUserId: query.actorUserId,
    from: query.from ? startOfLocalDay(query.from) : undefined,
    to: query.to ? startOfLocalDay(query.to, 1) : undefined,
    beforeId: cursor ? Number(cursor[0]) : undefined,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => [row.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorUserId: row.actorUserId,
      actorName: row.actorName,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      change: row.change,
    })),
  };
}

const BATCH = 1_000;

type BrokenReason = 'hash_mismatch' | 'previous_hash_mismatch' | 'sequence_gap' | 'truncated' | 'checkpoint_invalid';

/**
 * Re-computes every lane of the agency's chain and reports the first broken link. Each lane must
 * end exactly at its stored head, and hold the row its last signed checkpoint saw: deleting the
 * newest rows shows as a truncation even when the heads were moved back too.
 */
export async function verifyAuditChain(deps: AuditDeps, actor: Actor) {
  requireAuditor(actor);
  const checkpoint = await latestCheckpoint(deps.db, actor.agencyId);
  const lastCheckpointAt = checkpoint?.createdAt.toISOString() ?? null;
  const broken = (checkedRows: number, id: number | null, lane: number, sequence: number, reason: BrokenReason) => ({
    isIntact: false,
    checkedRows,
    firstBrokenLink: { id, lane, sequence, reason },
    lastCheckpointAt,
  });
  if (checkpoint && !isCheckpointSigned(deps.checkpointKey, actor.agencyId, checkpoint.day, checkpoint.heads, checkpoint.signature)) {
    return broken(0, null, 0, 0, 'checkpoint_invalid');
  }
  const heads = new Map((await headsOf(deps.db, actor.agencyId)).map((head) => [head.lane, head]));
  const signed = new Map((checkpoint?.heads ?? []).map((head) => [head.lane, head]));
  const lanes = [...new Set([...heads.keys(), ...signed.keys()])].sort((a, b) => a - b);
  let checkedRows = 0;
  for (const lane of lanes) {
    let previousHash = GENESIS_HASH;
    let expectedSequence = 1;
    const mark = signed.get(lane);
    for (;;) {
      const rows = await repository.chainBatch(deps.db, actor.agencyId, lane, expectedSequence - 1, BATCH);
      for (const row of rows) {
        if (row.sequence !== expectedSequence) return broken(checkedRows, row.id, lane, row.sequence, 'sequence_gap');
        if (row.previousHash !== previousHash) return broken(checkedRows, row.id, lane, row.sequence, 'previous_hash_mismatch');
        if (hashAuditRow(row) !== row.hash) return broken(checkedRows, row.id, lane, row.sequence, 'hash_mismatch');
        if (mark && row.sequence === mark.lastSequence && row.hash !== mark.lastHash)
          return broken(checkedRows, row.id, lane, row.sequence, 'checkpoint_invalid');
        previousHash = row.hash;
        expectedSequence++;
        checkedRows++;
      }
      if (rows.length < BATCH) break;
    }
    const head = heads.get(lane);
    const lastSequence = expectedSequence - 1;
    const endsAtHead = head !== undefined && head.lastSequence === lastSequence && head.lastHash === previousHash;
    const reachesCheckpoint = !mark || lastSequence >= mark.lastSequence;
    if (!endsAtHead || !reachesCheckpoint) return broken(checkedRows, null, lane, expectedSequence, 'truncated');
  }
  return { isIntact: true, checkedRows, firstBrokenLink: null, lastCheckpointAt };
}
