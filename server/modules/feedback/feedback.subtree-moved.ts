import type { Tx } from '../../db/client.js';
import { repathStatement, type SubtreeMoved } from '../org/index.js';

/** A unit move carries the reports about, and handled by, the moved units along: their copied paths follow the units. */
export async function feedbackSubtreeMoved(tx: Tx, moved: SubtreeMoved): Promise<void> {
  await tx.execute(repathStatement('public_reports', 'unit_path', moved));
  await tx.execute(repathStatement('public_reports', 'handler_unit_path', moved));
}
