import { type SQL, sql } from 'drizzle-orm';
import { validationError } from './errors.js';

/** Keyset cursors: the last row's sort key, base64url-encoded. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key;
  } catch {
    // fall through to the validation error
  }
  throw validationError([{ field: 'cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
}

/** Given limit+1 rows, returns the page and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}

/** A page's `limit` in a statement: limit + 1 rows, to tell whether more follow. */
export function pageLimit(limit: number): SQL {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`Not a page size: ${limit}`);
  return sql`${limit + 1}`;
}
