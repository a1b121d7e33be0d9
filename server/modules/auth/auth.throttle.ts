import { inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { loginThrottles } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';
import { delaySecondsAfter, THROTTLE_FORGET_HOURS, throttleKeys } from './auth.throttle.rules.js';

const throttled = (seconds: number) =>
  new DomainError('too_many_requests', 'login_throttled', {
    vi: `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
    en: `Too many failed logins. Try again in ${seconds} seconds.`,
  });

/** Refuses the attempt, before any password is checked, while one of its counters is waiting. */
export async function assertLoginAllowed(db: Db, username: string, address: string, now: Date) {
  const keys = throttleKeys(username, address).map(({ key }) => key);
  const rows = await db.select({ blockedUntil: loginThrottles.blockedUntil }).from(loginThrottles).where(inArray(loginThrottles.key, keys));
  const waitMs = Math.max(0, ...rows.map((row) => (row.blockedUntil?.getTime() ?? 0) - now.getTime()));
  if (waitMs > 0) throw throttled(Math.ceil(waitMs / 1000));
}

/**
 * Counts one failure on each counter in a single statement per key: the database adds one, so
 * parallel failures are all counted. Answers the longest wait now in force.
 */
export async function recordLoginFailure(db: Db | Tx, username: string, address: string, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - THROTTLE_FORGET_HOURS * 3_600_000);
  let longest = 0;
  for (const { key, rule } of throttleKeys(username, address)) {
    const [row] = await db
      .insert(loginThrottles)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: {
          failures: sql`case when ${loginThrottles.lastFailureAt} < ${forgetBefore} then 1 else ${loginThrottles.failures} + 1 end`,
          lastFailureAt: now,
        },
      })
      .returning({ failures: loginThrottles.failures });
    const delay = delaySecondsAfter(row.failures, rule);
    if (delay > 0) {
      await db
        .update(loginThrottles)
        .set({ blockedUntil: new Date(now.getTime() + delay * 1000) })
        .where(sql`${loginThrottles.key} = ${key}`);
      longest = Math.max(longest, delay);
    }
  }
  return longest;
}

/** A right password clears the name's counters (not the address's: it may be guessing other names). */
export async function clearLoginFailures(db: Db, username: string, address: string) {
  const keys = throttleKeys(username, address)
    .filter(({ rule }) => rule.kind !== 'address')
    .map(({ key }) => key);
  await db.delete(loginThrottles).where(inArray(loginThrottles.key, keys));
}

/** An administrator's unlock: the name's own counters go, so its owner may try again at once. */
export async function clearNameThrottles(tx: Tx, username: string) {
  const name = username.trim().toLowerCase();
  await tx
    .delete(loginThrottles)
    .where(sql`${loginThrottles.key} = ${`name:${name}`} or ${loginThrottles.key} like ${`pair:${name.replace(/[\\%_]/g, '\\$&')}|%`}`);
}
