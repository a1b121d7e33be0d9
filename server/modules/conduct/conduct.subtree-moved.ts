import type { Tx } from '../../db/client.js';
import { repathStatement, type SubtreeMoved } from '../org/index.js';

/** A unit move carries the cases and suggestions of people in the moved units along: their copied paths follow the units. */
export async function conductSubtreeMoved(tx: Tx, moved: SubtreeMoved): Promise<void> {
  await tx.execute(repathStatement('conduct_cases', 'subject_unit_path', moved));
  await tx.execute(repathStatement('conduct_suggestions', 'subject_unit_path', moved));
}
