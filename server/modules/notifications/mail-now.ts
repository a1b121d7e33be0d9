import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { notifications, people } from '../../db/schema/index.js';
import type { LocalizedText } from '../../platform/errors.js';
import type { DigestDeps } from './digest.js';

const BATCH = 100;

/**
 * Mails the notifications people asked to get by e-mail at once. The rows are the outbox: locked
 * while they are sent (several instances never mail one twice) and marked in the same transaction,
 * so a failed send is tried again on the next run.
 */
export async function sendImmediateMail(deps: DigestDeps) {
  let sent = 0;
  for (;;) {
    const batchSent = await deps.db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: notifications.id, title: notifications.title, email: people.email })
        .from(notifications)
        .innerJoin(people, eq(people.id, notifications.personId))
        .where(and(eq(notifications.channel, 'email_now'), isNull(notifications.emailedAt), isNotNull(people.email), eq(people.status, 'active')))
        .orderBy(asc(notifications.createdAt))
        .limit(BATCH)
        .for('update', { of: notifications, skipLocked: true });
      for (const row of rows) await deps.mailer.send(immediateMail(row.email!, row.title as LocalizedText));
      if (rows.length > 0) {
        await tx
          .update(notifications)
          .set({ emailedAt: deps.clock.now() })
          .where(
            inArray(
              notifications.id,
              rows.map((row) => row.id),
            ),
          );
      }
      return rows.length;
    });
    sent += batchSent;
    if (batchSent < BATCH) return { sent };
  }
}

export function immediateMail(to: string, title: LocalizedText) {
  return {
    to,
    subject: `Công vụ: ${title.vi}`,
    text: [title.vi, '', `(${title.en})`, '', 'Bạn nhận thư này vì đã chọn "Gửi e-mail ngay" cho loại thông báo này trong Cài đặt thông báo.'].join('\n'),
  };
}
