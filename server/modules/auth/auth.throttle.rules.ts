/**
 * Growing delays instead of a hard lock. Three counters: the name and address together (the
 * ordinary guesser), the address alone (one machine trying many names) and the name alone (many
 * machines trying one name). The name alone waits at most a minute, so a stranger who fails on
 * purpose can slow a colleague's login but never shut her out for long.
 */
export interface ThrottleRule {
  kind: 'pair' | 'address' | 'name';
  freeFailures: number;
  maxDelaySeconds: number;
}

export const THROTTLE_RULES: ThrottleRule[] = [
  { kind: 'pair', freeFailures: 4, maxDelaySeconds: 15 * 60 },
  { kind: 'address', freeFailures: 20, maxDelaySeconds: 15 * 60 },
  { kind: 'name', freeFailures: 20, maxDelaySeconds: 60 },
];

/** A counter's failures are forgotten after a quiet day. */
export const THROTTLE_FORGET_HOURS = 24;

/** Seconds to wait after the n-th failure: none for the free ones, then 1, 2, 4, 8 … up to the cap. */
export function delaySecondsAfter(failures: number, rule: ThrottleRule): number {
  const over = failures - rule.freeFailures;
  if (over <= 0) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** Math.min(over - 1, 30));
}

/**
 * A loopback address means the client's is unknown (a reverse proxy without TRUST_PROXY, or tests):
 * counting it would let one stranger slow everyone, so only the name's own counter applies.
 */
export function isUnknownAddress(address: string): boolean {
  return address === 'local' || address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
}

export function throttleKeys(username: string, address: string): { key: string; rule: ThrottleRule }[] {
  const name = username.trim().toLowerCase();
  const keys = { pair: `pair:${name}|${address}`, address: `address:${address}`, name: `name:${name}` };
  const rules = isUnknownAddress(address) ? THROTTLE_RULES.filter((rule) => rule.kind === 'name') : THROTTLE_RULES;
  return rules.map((rule) => ({ key: keys[rule.kind], rule }));
}
