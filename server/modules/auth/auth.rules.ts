export const SESSION_HOURS = 12;
/** Default idle timeout (SESSION_IDLE_MINUTES). */
export const SESSION_IDLE_MINUTES = 30;
/** "Last seen" is written only when older than this: one write a minute per session at most. */
export const LAST_SEEN_WRITE_MS = 60_000;

/** Whether a session is still alive: within its absolute lifetime and its idle timeout. */
export function isSessionAlive(session: { expiresAt: Date; lastSeenAt: Date }, now: Date, idleMinutes: number): boolean {
  const at = now.getTime();
  return session.expiresAt.getTime() > at && session.lastSeenAt.getTime() + idleMinutes * 60_000 > at;
}

/** Whether this request should move the stored "last seen" forward. */
export const isLastSeenStale = (lastSeenAt: Date, now: Date) => now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_WRITE_MS;
