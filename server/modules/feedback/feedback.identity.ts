import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The reporter's identity as sealed: never logged, never in a list, never in search text. */
export interface SealedIdentity {
  name: string;
  phone: string;
  email: string;
}

const VERSION = 'v1';

/**
 * AES-256-GCM with a fresh 96-bit nonce; the report id is the additional authenticated data, so a
 * sealed identity copied onto another report does not open.
 */
export function sealIdentity(key: Buffer, reportId: string, identity: SealedIdentity): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(reportId));
  const body = Buffer.concat([cipher.update(JSON.stringify(identity), 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function openIdentity(key: Buffer, reportId: string, sealed: string): SealedIdentity {
  const [version, payload] = sealed.split(':');
  if (version !== VERSION || !payload) throw new Error('unknown sealed identity format');
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(reportId));
  decipher.setAuthTag(raw.subarray(12, 28));
  const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as SealedIdentity;
}
