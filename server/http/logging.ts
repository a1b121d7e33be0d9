import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

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
  return error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .join('\n');
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

// Personal data and credentials never reach the logs.
const REDACT = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers["x-tracking-code"]', 'req.body', 'res.headers["set-cookie"]'];
// Query strings carry searched names ("?q=nguyen van"): log the path only.
const pathOnly = (request: { method: string; url: string }) => ({ method: request.method, url: request.url.split('?')[0] });

function hasPrettyPrinter(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export interface ServerLogging {
  logger: object;
  /** One short line per request instead of Fastify's two JSON lines (received, completed). */
  isOneLinePerRequest: boolean;
}

/**
 * JSON lines for machines in production (or whenever stdout is not a terminal); a developer at a
 * terminal reads short coloured lines instead, one per request.
 */
export function serverLogging(config: Pick<Config, 'NODE_ENV' | 'LOG_LEVEL'>, isTerminal = process.stdout.isTTY === true): ServerLogging {
  const base = { level: config.LOG_LEVEL, redact: REDACT, serializers: { req: pathOnly, err: loggableError } };
  if (config.NODE_ENV === 'production' || !isTerminal || !hasPrettyPrinter()) return { logger: base, isOneLinePerRequest: false };
  const transport = { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,reqId,req,res,responseTime' } };
  return { logger: { ...base, transport }, isOneLinePerRequest: true };
}

/** "GET /api/v1/tasks 200 12 ms", once the answer has gone out. */
export function logOneLinePerRequest(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    const line = `${request.method} ${request.url.split('?')[0]} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`;
    if (reply.statusCode >= 500) request.log.error(line);
    else request.log.info(line);
  });
}

/** The server's pino settings without a terminal's pretty printing (what production and the tests use). */
export function logOptions(level: Config['LOG_LEVEL']) {
  return serverLogging({ NODE_ENV: 'production', LOG_LEVEL: level }, false).logger;
}
