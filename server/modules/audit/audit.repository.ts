import { and, asc, desc, eq, gt, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';

export interface AuditFilter {
  agencyId: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit: number;
}

/** Newest first, keyset on id; an action ending in '.' is a prefix. */
export async function listAuditEvents(db: Db, filter: AuditFilter) {
  const conditions: (SQL | undefined)[] = [
    eq(auditEvents.agencyId, filter.agencyId),
    filter.action ? (filter.action.endsWith('.') ? like(auditEvents.action, `${filter.action}%`) : eq(auditEvents.action, filter.action)) : undefined,
    filter.subjectType ? eq(auditEvents.subjectType, filter.subjectType) : undefined,
    filter.subjectId ? eq(auditEvents.subjectId, filter.subjectId) : undefined,
    filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.to ? lt(auditEvents.occurredAt, filter.to) : undefined,
    filter.beforeId ? lt(auditEvents.id, filter.beforeId) : undefined,
  ];
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit + 1);
}

/** One lane's rows in chain order, a batch at a time, for verification. */
export async function chainBatch(db: Db, agencyId: string, lane: number, afterSequence: number, limit: number) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.agencyId, agencyId), eq(auditEvents.lane, lane), gt(auditEvents.sequence, afterSequence)))
    .orderBy(asc(auditEvents.sequence))
    .limit(limit);
}

export async function lanesOf(db: Db, agencyId: string): Promise<number[]> {
  const result = await queryRows<{ lane: number }>(db, sql`select lane from audit_chain_heads where agency_id = ${agencyId} order by lane`);
  return result.map((row) => Number(row.lane));
}
