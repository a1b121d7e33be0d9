import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (the one holding package.json), found by walking up from this
 * module: the same answer whether the server runs from its TypeScript sources (tsx, tests) or
 * from the compiled bundle in dist/server, which sits at another depth.
 */
function findProjectRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json above ${from}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const webDistFolder = join(projectRoot, 'dist', 'web');
export const migrationsFolder = join(projectRoot, 'server', 'db', 'migrations');
