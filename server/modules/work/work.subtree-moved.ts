import type { Tx } from '../../db/client.js';
import { repathStatement, type SubtreeMoved } from '../org/index.js';
import { moveSubtreeTotals } from './work.repository.js';

/** A unit move carries its tasks along (their copied paths follow the units), then its dashboard totals. */
export async function workSubtreeMoved(tx: Tx, moved: SubtreeMoved): Promise<void> {
  await tx.execute(repathStatement('tasks', 'unit_path', moved));
  await moveSubtreeTotals(tx, moved);
}
