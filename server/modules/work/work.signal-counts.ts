import { sql } from 'drizzle-orm';
import { taskSignalKinds } from '../../../contracts/work-vocabulary.js';
import { queryRows, type Db } from '../../db/client.js';

/**
 * Tasks carrying each signal, across agencies, for the metrics endpoint: one count per kind through
 * the signal_kinds GIN index (a signal is only ever held by an open task).
 */
export async function countTasksBySignal(db: Db): Promise<Record<string, number>> {
  const counts = sql.join(
    taskSignalKinds.map((kind) => sql`(select count(*)::int from tasks where signal_kinds @> array[${kind}]::text[]) as ${sql.identifier(kind)}`),
    sql`, `,
  );
  const [row] = await queryRows<Record<string, number>>(db, sql`select ${counts}`);
  return row;
}
