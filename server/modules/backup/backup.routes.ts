import { timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../../db/client.js';
import { hasRole } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { forbidden, unauthenticated } from '../../platform/errors.js';
import { writeBackup } from './backup.service.js';

export interface BackupRouteDeps {
  database: Database;
  clock: Clock;
  dataDir: string;
  appVersion: string;
  token?: string;
}

const isSameToken = (given: string, expected: string) => given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * GET /admin/backup streams a whole backup from the running server: the way to back up PGlite,
 * whose folder the server holds. A system administrator's session or the BACKUP_TOKEN bearer only.
 */
export const backupRoutes: FastifyPluginAsync<BackupRouteDeps> = async (app, deps) => {
  app.get('/admin/backup', { config: { isPublic: true }, schema: { tags: ['admin'], summary: 'Tải bản sao lưu toàn bộ hệ thống' } }, async (request, reply) => {
    const bearer = request.headers.authorization?.startsWith('Bearer ') ? request.headers.authorization.slice('Bearer '.length) : null;
    const byToken = bearer !== null && deps.token !== undefined && isSameToken(bearer, deps.token);
    if (!byToken) {
      if (!request.session) throw unauthenticated();
      if (!hasRole(request.session.actor, 'system_admin')) throw forbidden();
    }
    const body = new PassThrough();
    const source = { database: deps.database, filesDir: join(deps.dataDir, 'files'), appVersion: deps.appVersion, now: deps.clock.now() };
    writeBackup(source, body).catch((error: unknown) => {
      request.log.error({ err: error }, 'backup failed');
      body.destroy(error as Error);
    });
    const stamp = source.now.toISOString().replace(/[-:]/g, '').slice(0, 15);
    return reply.type('application/gzip').header('content-disposition', `attachment; filename="congvu-${stamp}.tar.gz"`).send(body);
  });
};
