import type { Tx } from '../../db/client.js';
import { repathStatement, type SubtreeMoved } from '../org/index.js';

/** A unit move carries the plans and plan targets of the moved units along: their copied paths follow the units. */
export async function documentsSubtreeMoved(tx: Tx, moved: SubtreeMoved): Promise<void> {
  await tx.execute(repathStatement('plans', 'unit_path', moved));
  await tx.execute(repathStatement('plan_targets', 'unit_path', moved));
}
