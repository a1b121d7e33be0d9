import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createFileStore } from './files.js';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('một tấm ảnh thử nghiệm')]);

it('stores identical content uploaded forty times at once: every upload succeeds, one file, no temporary left', async () => {
  const root = mkdtempSync(join(tmpdir(), 'congvu-files-'));
  const store = createFileStore(root);
  const results = await Promise.allSettled(Array.from({ length: 40 }, () => store.store(PNG, 'anh.png')));
  expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
  const [first] = results as PromiseFulfilledResult<{ sha256: string }>[];
  const folder = join(root, first.value.sha256.slice(0, 2));
  expect(readdirSync(folder)).toEqual([first.value.sha256]);
  expect(readFileSync(join(folder, first.value.sha256))).toEqual(PNG);
});
