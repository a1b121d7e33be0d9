import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app, with index.html for client-side routes. Returns false when not built.
 * Files are sent as the build compressed them (brotli, else gzip); hashed assets are kept a year,
 * anything else (index.html, favicon) is checked again on every use so a deployment shows at once.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  // Vite names what it builds into assets/ by content hash: a changed file gets a new name.
  const hashedAssets = join(distDir, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: 'index.html',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => reply.header('cache-control', path.startsWith(hashedAssets) ? IMMUTABLE : REVALIDATE),
  });
  return true;
}
