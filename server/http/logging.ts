import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

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
  const base = { level: config.LOG_LEVEL, redact: REDACT, serializers: { req: pathOnly } };
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
