import { createHash, randomBytes } from 'node:crypto';
import { normalizeTrackingCode, TRACKING_CODE_LENGTH, trackingCodeAlphabet } from '../../../contracts/feedback.js';

/** 160 random bits as 32 Crockford base32 characters (5 bits each). */
export function newTrackingCode(): string {
  const bytes = randomBytes((TRACKING_CODE_LENGTH * 5) / 8);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += trackingCodeAlphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code;
}

/**
 * Only this hash is stored. A fast hash is enough: the code carries 160 random bits, so there is
 * no dictionary to try, unlike a password.
 */
export function hashTrackingCode(code: string): string {
  return createHash('sha256')
    .update(`congvu-tracking:${normalizeTrackingCode(code)}`)
    .digest('hex');
}

/** The short number staff and reporters quote: PA-yymmdd-XXXXXX. */
export function newReference(localDate: string): string {
  const random = newTrackingCode().slice(0, 6);
  return `PA-${localDate.slice(2).replace(/-/g, '')}-${random}`;
}
