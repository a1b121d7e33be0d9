import type { z } from 'zod';
import type { auditQuery } from '../../../contracts/audit.js';
import type { Db } from '../../db/client.js';
import { type Actor, isAdministrator } from '../../platform/actor.js';
import { GENESIS_HASH, hashAuditRow } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { startOfLocalDay } from '../../platform/calendar/dates.js';
import * as repository from './audit.repository.js';

export interface AuditDeps {
  db: Db;
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

/** Re-computes every lane of the agency's chain and reports the first broken link. */
export async function verifyAuditChain(deps: AuditDeps, actor: Actor) {
  requireAuditor(actor);
  let checkedRows = 0;
  for (const lane of await repository.lanesOf(deps.db, actor.agencyId)) {
    let previousHash = GENESIS_HASH;
    let expectedSequence = 1;
    for (;;) {
      const rows = await repository.chainBatch(deps.db, actor.agencyId, lane, expectedSequence - 1, BATCH);
      for (const row of rows) {
        const broken = (reason: 'hash_mismatch' | 'previous_hash_mismatch' | 'sequence_gap') => ({
          isIntact: false,
          checkedRows,
          firstBrokenLink: { id: row.id, lane, sequence: row.sequence, reason },
        });
        if (row.sequence !== expectedSequence) return broken('sequence_gap');
        if (row.previousHash !== previousHash) return broken('previous_hash_mismatch');
        if (hashAuditRow(row) !== row.hash) return broken('hash_mismatch');
        previousHash = row.hash;
        expectedSequence++;
        checkedRows++;
      }
      if (rows.length < BATCH) break;
    }
  }
  return { isIntact: true, checkedRows, firstBrokenLink: null };
}
