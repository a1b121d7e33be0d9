import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the browser carries from the start of a sign-in to its callback: bound to it, never trusted unsigned. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

export const OIDC_FLOW_COOKIE = 'congvu_oidc';
export const OIDC_FLOW_MINUTES = 10;

/** The signing key is derived from the client secret, so no further secret needs configuring. */
function signatureOf(payload: string, clientSecret: string): Buffer {
  const key = createHmac('sha256', 'congvu oidc flow cookie').update(clientSecret).digest();
  return createHmac('sha256', key).update(payload).digest();
}

export function sealFlow(flow: OidcFlow, clientSecret: string): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${payload}.${signatureOf(payload, clientSecret).toString('base64url')}`;
}

/** The flow, or undefined when the cookie is missing, altered or expired. */
export function openFlow(cookie: string | undefined, clientSecret: string, now: Date): OidcFlow | undefined {
  const [payload, signature, extra] = (cookie ?? '').split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = signatureOf(payload, clientSecret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcFlow;
    if (typeof flow.state !== 'string' || typeof flow.nonce !== 'string' || typeof flow.codeVerifier !== 'string') return undefined;
    return flow.expiresAt > now.getTime() ? flow : undefined;
  } catch {
    return undefined;
  }
}
