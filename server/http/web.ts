import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Headers that only mean something on a page (a document), not on a script or style sheet it loads:
 * a phone's first visit fetches dozens of assets, and these would be most of each response's header.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'permissions-policy',
];

/** A hashed asset never changes under its name, so nothing asks to revalidate or resume it. */
export const VALIDATOR_HEADERS = ['etag', 'last-modified', 'accept-ranges'];

function dropHeadersAssetsDoNotNeed(reply: FastifyReply) {
  for (const name of [...DOCUMENT_ONLY_HEADERS, ...VALIDATOR_HEADERS]) {
    reply.removeHeader(name);
    reply.raw.removeHeader(name);
  }
}

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
    setHeaders: (reply: FastifyReply, path: string) => {
      const isHashedAsset = path.startsWith(hashedAssets);
      reply.header('cache-control', isHashedAsset ? IMMUTABLE : REVALIDATE);
      if (isHashedAsset) dropHeadersAssetsDoNotNeed(reply);
    },
  });
  return true;
}
