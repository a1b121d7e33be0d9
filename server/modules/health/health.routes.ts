import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryRows, type Db } from '../../db/client.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), isReachable: z.boolean(), serverVersion: z.string().nullable() }),
});

export interface HealthDeps {
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  version: string;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthDeps> = async (app, deps) => {
  app.get('/health', { config: { isPublic: true }, schema: { tags: ['health'], summary: 'Tình trạng hệ thống', response: { 200: healthResponse, 503: healthResponse } } }, async (_request, reply) => {
    try {
      const result = await queryRows<{ server_version: string }>(deps.db, sql`select current_setting('server_version') as server_version`);
      return { status: 'ok' as const, version: deps.version, database: { kind: deps.databaseKind, isReachable: true, serverVersion: result[0].server_version } };
    } catch {
      return reply.code(503).send({ status: 'degraded' as const, version: deps.version, database: { kind: deps.databaseKind, isReachable: false, serverVersion: null } });
    }
  });
};
