import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// A throw-away tree with one breach of each rule shows the lint gate can fail.
const root = mkdtempSync(join(tmpdir(), 'house-rules-'));
const probeFiles: Record<string, string> = {
  'server/modules/alpha/index.ts': "export { alphaRule } from './alpha.rules.js';\n",
  'server/modules/alpha/alpha.rules.ts': 'export const alphaRule = 1;\n',
  'server/modules/beta/index.ts': "export { viaIndex } from './beta.service.js';\n",
  'server/modules/beta/beta.service.ts': "import { alphaRule } from '../alpha/index.js';\nexport const viaIndex = alphaRule;\n",
  'server/modules/beta/beta.deep.ts': "import { alphaRule } from '../alpha/alpha.rules.js';\nexport const deep = alphaRule;\n",
  'server/modules/beta/cycle-a.ts': "import { b } from './cycle-b.js';\nexport const a = () => b;\n",
  'server/modules/beta/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = () => a;\n",
  'web/src/features/one/index.tsx': 'export const one = 1;\n',
  'web/src/features/one/components/Card.tsx': 'export const Card = 1;\n',
  'web/src/features/two/pages/Page.tsx':
    "import { Card } from '../../one/components/Card';\nimport { one } from '../../one';\nexport const page = [Card, one];\n",
};

async function violationsOf(): Promise<string[]> {
  const configPath = new URL('../.dependency-cruiser.mjs', import.meta.url).href;
  const { default: houseRules } = (await import(configPath)) as { default: IConfiguration };
  const ruleSet = { forbidden: houseRules.forbidden };
  for (const [path, text] of Object.entries(probeFiles)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(['server', 'web'], { ruleSet, validate: true, tsPreCompilationDeps: true }, { extensions: ['.ts', '.tsx', '.js'] });
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

describe('house rules (lint:dependencies)', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a deep import into another module, a deep import into another feature and a cycle, and nothing else', async () => {
    const violations = await violationsOf();
    expect(violations.filter((v) => v.startsWith('server-module-through-index'))).toEqual([
      'server-module-through-index: server/modules/beta/beta.deep.ts -> server/modules/alpha/alpha.rules.ts',
    ]);
    expect(violations.filter((v) => v.startsWith('web-feature-through-index'))).toEqual([
      'web-feature-through-index: web/src/features/two/pages/Page.tsx -> web/src/features/one/components/Card.tsx',
    ]);
    expect(violations.some((v) => v.startsWith('no-circular') && v.includes('cycle-'))).toBe(true);
    expect(violations.every((v) => /^(server-module-through-index|web-feature-through-index|no-circular):/.test(v))).toBe(true);
  });
});
