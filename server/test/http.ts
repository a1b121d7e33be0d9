import type { FastifyInstance, InjectOptions } from 'fastify';
import { TEST_PASSWORD } from './factories.js';

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Logs in through the real route and keeps the cookie and CSRF token for later requests. */
export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login failed for ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'congvu_session');
  return { cookie: `congvu_session=${cookie!.value}`, csrfToken: response.json().csrfToken };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A small client bound to a session: `api(app, session).post('/api/v1/units', body)`. */
export function api(app: FastifyInstance, session: Session | null) {
  const send = (method: Method, url: string, payload?: unknown, extra: Partial<InjectOptions> = {}) =>
    app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      ...extra,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...(extra.headers ?? {}),
      },
    });
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload?: unknown, extra?: Partial<InjectOptions>) => send('POST', url, payload ?? {}, extra),
    put: (url: string, payload?: unknown) => send('PUT', url, payload ?? {}),
    delete: (url: string) => send('DELETE', url),
    send,
  };
}

/** A multipart/form-data body with one file in the field `file`. */
export function multipart(fileName: string, content: Buffer, contentType: string) {
  const boundary = '----congvu-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
