import { or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { explanationRequests as requests } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import * as repository from './explanations.repository.js';
import { explanationScopePaths } from './explanations.rules.js';

/**
 * What an actor sees, as SQL: requests they are the subject, requester or escalation of, and those
 * about people in the subtrees they manage (leaders and inspectors: the whole agency).
 */
export function visibleExplanations(actor: Actor): SQL {
  const me = actor.personId;
  const paths = explanationScopePaths(actor);
  const agency = sql`${requests.agencyId} = ${actor.agencyId}`;
  if (paths === null) return agency;
  const links = me ? [sql`${requests.subjectPersonId} = ${me}`, sql`${requests.requesterId} = ${me}`, sql`${me}::uuid = any(${requests.escalatedToIds})`] : [];
  const subtrees = paths.map((path) => sql`${requests.subjectUnitPath} like ${`${path}%`}`);
  const seen = or(...links, ...subtrees) ?? sql`false`;
  return sql`${agency} and (${seen})`;
}

/** One request the actor may see, or 404 (another agency's, or outside their scope). */
export async function loadVisible(db: Db | Tx, actor: Actor, id: string, forUpdate = false): Promise<repository.ExplanationRow> {
  const row = await repository.findExplanation(db, actor.agencyId, id, forUpdate);
  if (!row || !isVisible(actor, row)) throw notFound({ vi: 'Không tìm thấy yêu cầu giải trình', en: 'Explanation request not found' });
  return row;
}

function isVisible(actor: Actor, row: repository.ExplanationRow): boolean {
  const me = actor.personId;
  if (me && (row.subjectPersonId === me || row.requesterId === me || row.escalatedToIds.includes(me))) return true;
  const paths = explanationScopePaths(actor);
  return paths === null || paths.some((path) => row.subjectUnitPath.startsWith(path));
}
