import { spawnSync } from 'node:child_process';
import { findChromium } from './support/chromium.js';

/**
 * Runs the browser journeys when a Chromium is installed. Without one they are skipped loudly,
 * except when CONGVU_REQUIRE_E2E=1 (CI), where a skipped journey is a failure.
 */
const chromium = findChromium();
if (!chromium) {
  const banner = '!'.repeat(78);
  console.error(
    `\n${banner}\n  BỎ QUA kiểm thử trình duyệt: không tìm thấy Chromium (apt-get install chromium)\n  SKIPPED browser journeys: no Chromium found (set CHROMIUM_PATH or install Debian's chromium)\n${banner}\n`,
  );
  process.exit(process.env.CONGVU_REQUIRE_E2E === '1' ? 1 : 0);
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(result.status ?? 1);
