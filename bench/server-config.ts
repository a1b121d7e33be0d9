import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/config.js';

/**
 * The configuration the bench server runs with: production mode, as deployed, minus what would
 * throttle or slow the load on purpose (login rate limit, logging, demo seeding).
 */
export function benchServerConfig(env: NodeJS.ProcessEnv) {
  return loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    COOKIE_SECURE: 'false',
    SEED_DEMO: 'false',
    DATA_DIR: '.tmp/bench-files',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    DATABASE_POOL_SIZE: env.BENCH_POOL_SIZE ?? '10',
    // Production refuses the development key; the bench files no public reports, so a fresh key will do.
    FEEDBACK_IDENTITY_KEY: env.FEEDBACK_IDENTITY_KEY ?? randomBytes(32).toString('base64'),
  });
}
