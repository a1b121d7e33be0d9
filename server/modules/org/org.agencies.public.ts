import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agencies } from '../../db/schema/index.js';

export interface PublicAgency {
  id: string;
  code: string;
  name: string;
}

/** The agencies a public page may be about, by name (a city holds a few hundred at most). */
export async function listPublicAgencies(db: Db): Promise<PublicAgency[]> {
  return db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).orderBy(asc(agencies.name)).limit(1000);
}

export async function findAgencyByCode(db: Db, code: string): Promise<PublicAgency | undefined> {
  const [row] = await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(eq(agencies.code, code));
  return row;
}

export async function findAgencyById(db: Db, id: string): Promise<PublicAgency | undefined> {
  const [row] = await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(eq(agencies.id, id));
  return row;
}
