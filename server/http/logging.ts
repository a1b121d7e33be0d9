import { createHash } from 'node:crypto';

interface DatabaseErrorFields {
  code?: string;
  constraint?: string;
  table?: string;
  routine?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The statement's kind and first table plus a short digest of its text: enough to find it in the code, no values. */
function statementNameOf(query: string): string {
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? 'statement';
  const table = /\b(?:insert into|update|delete from|from)\s+"?(\w+)/i.exec(query)?.[1];
  const digest = createHash('sha256').update(query).digest('hex').slice(0, 12);
  return `${verb}${table ? ` ${table}` : ''} #${digest}`;
}

/** Stack frames only: the first line repeats the message, which may quote a value. */
function framesOf(error: Error): string | undefined {
  return error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 12).join('\n');
}

/**
 * An error as it may be logged. A database error's message, parameters and detail quote the values
 * of the failed statement (a complaint, a name, a sealed identity), so only its SQLSTATE, constraint,
 * table and the statement's name are kept; other errors keep their message.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const cause = (error.cause ?? error) as DatabaseErrorFields;
  const query = (error as { query?: unknown }).query;
  const isDatabase = typeof query === 'string' || (typeof cause.code === 'string' && SQLSTATE.test(cause.code));
  if (!isDatabase) return { type: error.name, message: error.message, code: (error as { code?: unknown }).code, stack: error.stack };
  return {
    type: error.name,
    databaseCode: cause.code,
    ...(typeof query === 'string' ? { statement: statementNameOf(query) } : {}),
    ...(cause.constraint ? { constraint: cause.constraint } : {}),
    ...(cause.table ? { table: cause.table } : {}),
    ...(cause.routine ? { routine: cause.routine } : {}),
    stack: framesOf(error),
  };
}

/** The server's pino settings: personal data, credentials and query values never reach the logs. */
export function logOptions(level: string) {
  return {
    level,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers["x-tracking-code"]', 'req.body', 'res.headers["set-cookie"]'],
    serializers: {
      // Query strings carry searched names ("?q=nguyen van"): log the path only.
      req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url.split('?')[0] }),
      err: loggableError,
    },
  };
}
