import type { Tx } from '../../db/client.js';
import { repathStatement, type SubtreeMoved } from '../org/index.js';
import { moveSubtreeTotals } from './dissemination.repository.js';

/**
 * A unit move carries along the campaigns and meetings it organises, the assignments of its people
 * and its coverage counters (their copied paths follow the units), then its coverage totals.
 */
export async function disseminationSubtreeMoved(tx: Tx, moved: SubtreeMoved): Promise<void> {
  for (const table of ['dissemination_campaigns', 'meetings', 'dissemination_assignments', 'dissemination_unit_counters']) {
    await tx.execute(repathStatement(table, 'unit_path', moved));
  }
  await moveSubtreeTotals(tx, moved);
}
