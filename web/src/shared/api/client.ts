import { ApiError, errorFromBody, networkError } from './api-error';

type QueryValue = string | number | boolean | null | undefined;
/** An array repeats the key (`status=a&status=b`). */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

const API_BASE = '/api/v1';
/** Calls whose 401 means "wrong credentials" or "not signed in yet", not "session expired". */
const SESSION_PROBES = ['/auth/session', '/auth/login'];

let csrfToken: string | null = null;
let handleUnauthenticated: () => void = () => undefined;

/** Remembers the synchronizer token from the session; it is sent on every write. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when a session ends under the user's feet (expired, revoked): the app shows the login page. */
export function onUnauthenticated(handler: () => void) {
  handleUnauthenticated = handler;
}

export function apiUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, entry] of Object.entries(query ?? {})) {
    for (const value of Array.isArray(entry) ? entry : [entry]) {
      if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
    }
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/** Headers every write needs. */
export function writeHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Reports an error status: a 401 outside the login probes sends the user back to sign in. */
export function raiseFor(path: string, status: number, body: unknown): never {
  if (status === 401 && !SESSION_PROBES.includes(path)) handleUnauthenticated();
  throw errorFromBody(status, body);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

export async function request<T>(path: string, { method = 'GET', query, body, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, writeHeaders());
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const payload = await readBody(response);
  if (!response.ok) raiseFor(path, response.status, payload);
  return payload as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: QueryParams) => request<T>(path, { method: 'POST', body, query }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
};

export { ApiError };
