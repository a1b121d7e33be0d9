import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { privacyRequests } from '../../db/schema/index.js';

export type PrivacyRequestRow = typeof privacyRequests.$inferSelect;

export async function insertRequest(tx: Tx, values: typeof privacyRequests.$inferInsert): Promise<PrivacyRequestRow> {
  const [row] = await tx.insert(privacyRequests).values(values).returning();
  return row;
}

export async function lockRequest(tx: Tx, agencyId: string, id: string): Promise<PrivacyRequestRow | undefined> {
  const [row] = await tx
    .select()
    .from(privacyRequests)
    .where(and(eq(privacyRequests.agencyId, agencyId), eq(privacyRequests.id, id)))
    .for('update');
  return row;
}

export async function decideRequest(
  tx: Tx,
  id: string,
  values: Pick<PrivacyRequestRow, 'state' | 'answer' | 'refusalReason' | 'answeredAt' | 'handlerPersonId' | 'handlerName'>,
): Promise<void> {
  await tx.update(privacyRequests).set(values).where(eq(privacyRequests.id, id));
}
