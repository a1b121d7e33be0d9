import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agencies, notifications, people } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import type { Clock } from '../../platform/clock.js';
import type { LocalizedText } from '../../platform/errors.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';

const JOB = 'notifications.digest';
const MAX_ITEMS_PER_MAIL = 50;

export interface DigestDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
}

/**
 * One e-mail per person and day with what they have not read yet, instead of a mail per event.
 * Claimed through job_runs like the signal sweep, so several instances send it once.
 */
export async function runDailyDigest(deps: DigestDeps, agencyId: string, runKey?: string) {
  const now = deps.clock.now();
  const key = runKey ?? localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, key, now))) return { ran: false, sent: 0 };
  const pending = await deps.db
    .select({ id: notifications.id, personId: notifications.personId, title: notifications.title, email: people.email, createdAt: notifications.createdAt })
    .from(notifications)
    .innerJoin(people, eq(people.id, notifications.personId))
    .where(
      and(
        eq(notifications.agencyId, agencyId),
        isNull(notifications.readAt),
        isNull(notifications.digestedAt),
        // Only what the person wants in the digest: 'in_app' stays in the bell, 'email_now' was mailed already.
        eq(notifications.channel, 'digest'),
        isNotNull(people.email),
        eq(people.status, 'active'),
      ),
    )
    .orderBy(asc(notifications.personId), asc(notifications.createdAt));
  const byPerson = new Map<string, typeof pending>();
  for (const row of pending) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  let sent = 0;
  for (const rows of byPerson.values()) {
    await deps.mailer.send(
      digestMail(
        rows[0].email!,
        rows.map((row) => row.title as LocalizedText),
      ),
    );
    await deps.db
      .update(notifications)
      .set({ digestedAt: now })
      .where(
        inArray(
          notifications.id,
          rows.map((row) => row.id),
        ),
      );
    sent++;
  }
  await finishJobRun(deps.db, agencyId, JOB, key, deps.clock.now(), { sent });
  return { ran: true, sent };
}

export function digestMail(to: string, titles: LocalizedText[]) {
  const shown = titles.slice(0, MAX_ITEMS_PER_MAIL);
  const more = titles.length - shown.length;
  const lines = shown.map((title) => `• ${title.vi}`);
  if (more > 0) lines.push(`… và ${more} thông báo khác`);
  return {
    to,
    subject: `Công vụ: ${titles.length} thông báo chưa đọc`,
    text: [`Thông báo chưa đọc trong hệ thống Công vụ:`, '', ...lines, '', `(${titles.length} unread notifications in Công vụ.)`].join('\n'),
  };
}

export async function digestAllAgencies(deps: DigestDeps) {
  for (const { id } of await deps.db.select({ id: agencies.id }).from(agencies)) await runDailyDigest(deps, id);
}
