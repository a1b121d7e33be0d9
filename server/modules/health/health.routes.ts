import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryRows, type Db } from '../../db/client.js';
import type { Lifecycle } from '../../platform/lifecycle.js';
import { migrationState } from './health.readiness.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), isReachable: z.boolean(), serverVersion: z.string().nullable() }),
});

const readyResponse = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: z.boolean().describe('Cơ sở dữ liệu trả lời'),
    migrations: z.boolean().describe('Đã áp dụng đủ migration của phiên bản này'),
    accepting: z.boolean().describe('Không đang dừng'),
  }),
  migration: z.object({ expected: z.string(), applied: z.string().nullable() }).nullable(),
});

export interface HealthDeps {
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  version: string;
  lifecycle: Lifecycle;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthDeps> = async (app, deps) => {
  app.get(
    '/health',
    { config: { isPublic: true }, schema: { tags: ['health'], summary: 'Tình trạng hệ thống', response: { 200: healthResponse, 503: healthResponse } } },
    async (_request, reply) => {
      try {
        const result = await queryRows<{ server_version: string }>(deps.db, sql`select current_setting('server_version') as server_version`);
        return {
          status: 'ok' as const,
          version: deps.version,
          database: { kind: deps.databaseKind, isReachable: true, serverVersion: result[0].server_version },
        };
      } catch {
        return reply
          .code(503)
          .send({ status: 'degraded' as const, version: deps.version, database: { kind: deps.databaseKind, isReachable: false, serverVersion: null } });
      }
    },
  );

  app.get(
    '/health/live',
    {
      config: { isPublic: true },
      schema: { tags: ['health'], summary: 'Tiến trình còn chạy (liveness)', response: { 200: z.object({ status: z.literal('live') }) } },
    },
    async () => ({
      status: 'live' as const,
    }),
  );

  app.get(
    '/health/ready',
    {
      config: { isPublic: true },
      schema: { tags: ['health'], summary: 'Sẵn sàng nhận yêu cầu (readiness)', response: { 200: readyResponse, 503: readyResponse } },
    },
    async (_request, reply) => {
      const accepting = !deps.lifecycle.isDraining();
      const database = await queryRows(deps.db, sql`select 1`).then(
        () => true,
        () => false,
      );
      const migration = database ? await migrationState(deps.db).catch(() => null) : null;
      const migrations = migration?.isCurrent ?? false;
      const isReady = accepting && database && migrations;
      const body = {
        status: isReady ? ('ready' as const) : ('not_ready' as const),
        checks: { database, migrations, accepting },
        migration: migration && { expected: migration.expected, applied: migration.applied },
      };
      return reply.code(isReady ? 200 : 503).send(body);
    },
  );
};
