import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, queryTogether, type Tx } from '../db/client.js';

export const AUDIT_LANES = 8;
export const GENESIS_HASH = '0'.repeat(64);

/** A typed action name: `<subject>.<past-tense verb>`, e.g. `person.created`. */
export type AuditAction = `${string}.${string}`;

export interface AuditActor {
  userId: string | null;
  name: string;
}

export interface AuditEntry {
  agencyId: string;
  actor: AuditActor;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  change: unknown;
  occurredAt: Date;
}

/** JSON with sorted keys, so a row read back from jsonb hashes to the same value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashInput {
  agencyId: string;
  lane: number;
  sequence: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  change: unknown;
  previousHash: string;
}

export function hashAuditRow(row: HashInput): string {
  // Only the chained fields: rows read back carry more (id, hash) that must not be hashed.
  const body = canonicalJson({
    agencyId: row.agencyId,
    lane: row.lane,
    sequence: row.sequence,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    change: row.change,
    previousHash: row.previousHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

export function laneOf(subjectId: string): number {
  let h = 0;
  for (let i = 0; i < subjectId.length; i++) h = (h * 31 + subjectId.charCodeAt(i)) | 0;
  return Math.abs(h) % AUDIT_LANES;
}

/** The lane's head after claiming its next sequence: that sequence and the hash it chains to. */
export interface ClaimedSequence {
  last_sequence: string | number;
  last_hash: string;
}

/**
 * The statement that claims the next sequence of the subject's lane and returns a ClaimedSequence.
 * It is plain SQL so a caller may run it as a CTE of a statement that does more (one round trip);
 * it locks the lane's head until commit, so it belongs in the last statements of a transaction.
 * With `lockedSubject` (the FROM … FOR UPDATE that locks the subject's row) it claims only when
 * that row exists, and only after locking it: the row's lock is always taken before the lane's.
 */
export function claimAuditSequence(agencyId: string, subjectId: string, lockedSubject?: SQL): SQL {
  const lane = laneOf(subjectId);
  const head = lockedSubject
    ? sql`select ${agencyId}::uuid, ${lane}::int, 1::bigint, ${GENESIS_HASH}::text ${lockedSubject}`
    : sql`values (${agencyId}, ${lane}, 1, ${GENESIS_HASH})`;
  return sql`insert into audit_chain_heads (agency_id, lane, last_sequence, last_hash) ${head}
    on conflict (agency_id, lane) do update set last_sequence = audit_chain_heads.last_sequence + 1
    returning last_sequence, last_hash`;
}

/**
 * Appends an audit row in the caller's transaction (tx is required, so a write outside a
 * transaction does not compile). Call it last in a command: the lane lock is held until commit.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const [head] = await queryRows<ClaimedSequence>(tx, claimAuditSequence(entry.agencyId, entry.subjectId));
  await appendAudit(tx, entry, head);
}

/** Writes the audit row at the sequence claimed (claimAuditSequence, same transaction) and moves the lane's head to it. */
export async function appendAudit(tx: Tx, entry: AuditEntry, head: ClaimedSequence): Promise<void> {
  // The row and the new chain head in one statement: one round trip fewer on every write.
  await queryTogether(tx, auditRowStatements(entry, head));
}

/**
 * The two statements of appendAudit (the row, the head moved to its hash), for a caller that
 * runs them together with its own writes (queryTogether). The head must have been claimed by an
 * earlier statement: one statement cannot write the same row twice.
 */
export function auditRowStatements(entry: AuditEntry, head: ClaimedSequence): [SQL, SQL] {
  const lane = laneOf(entry.subjectId);
  const change = JSON.parse(JSON.stringify(entry.change ?? {}));
  const sequence = Number(head.last_sequence);
  const previousHash = head.last_hash;
  const occurredAt = new Date(Math.floor(entry.occurredAt.getTime()));
  const hash = hashAuditRow({
    agencyId: entry.agencyId,
    lane,
    sequence,
    occurredAt,
    actorUserId: entry.actor.userId,
    actorName: entry.actor.name,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    change,
    previousHash,
  });
  return [
    sql`insert into audit_events (agency_id, lane, sequence, occurred_at, actor_user_id, actor_name, action, subject_type, subject_id, change, previous_hash, hash)
      values (${entry.agencyId}::uuid, ${lane}::int, ${sequence}::bigint, ${occurredAt.toISOString()}::timestamptz, ${entry.actor.userId}::uuid,
              ${entry.actor.name}, ${entry.action}, ${entry.subjectType}, ${entry.subjectId}, ${JSON.stringify(change)}::jsonb, ${previousHash}, ${hash})`,
    sql`update audit_chain_heads set last_hash = ${hash} where agency_id = ${entry.agencyId}::uuid and lane = ${lane}::int`,
  ];
}

/** The usual case: an actor did something to one subject, now. */
export function recordAction(
  tx: Tx,
  context: { agencyId: string; actor: AuditActor; now: Date },
  action: AuditAction,
  subject: { type: string; id: string },
  change: unknown,
): Promise<void> {
  return recordAudit(tx, {
    agencyId: context.agencyId,
    actor: context.actor,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    change,
    occurredAt: context.now,
  });
}
