import type { FastifyInstance } from 'fastify';
import { DomainError, type FieldError } from '../platform/errors.js';

// A NUL (PostgreSQL refuses it in text) or half of a UTF-16 surrogate pair (not encodable as UTF-8).
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The dotted paths of every string inside `value` that holds a NUL byte or a lone surrogate. */
export function unsafeTextPaths(value: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (UNSAFE.test(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unsafeTextPaths(item, `${path}.${index}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNSAFE.test(key)) found.push(path);
      else unsafeTextPaths(item, `${path}.${key}`, found);
    }
  }
  return found;
}

const message = {
  vi: 'Văn bản chứa ký tự không hợp lệ (byte rỗng hoặc ký tự Unicode hỏng)',
  en: 'The text holds an invalid character (a NUL byte or a broken Unicode character)',
};

/** Refuses, before validation and before any database sees them, strings no text column can store. */
export function registerUnsafeTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const fields = [...unsafeTextPaths(request.params, 'params'), ...unsafeTextPaths(request.query, 'querystring'), ...unsafeTextPaths(request.body, 'body')];
    if (fields.length === 0) return;
    const errors: FieldError[] = fields.map((field) => ({ field, message }));
    throw new DomainError('validation', 'unsafe_text', message, errors);
  });
}
