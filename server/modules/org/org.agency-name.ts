import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/index.js';

/** The agency's name, for the headings of exported documents. */
export async function agencyNameOf(db: Db | Tx, agencyId: string): Promise<string> {
  const [row] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return row?.name ?? '';
}
