import type { Tx } from '../../db/client.js';
import { repathStatement, type SubtreeMoved } from '../org/index.js';

/** A unit move carries the requests about, and asked by, people of the moved units along: scope and escalation follow the units. */
export async function explanationsSubtreeMoved(tx: Tx, moved: SubtreeMoved): Promise<void> {
  await tx.execute(repathStatement('explanation_requests', 'subject_unit_path', moved));
  await tx.execute(repathStatement('explanation_requests', 'requester_unit_path', moved));
}
