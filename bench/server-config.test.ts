import { describe, expect, it } from 'vitest';
import { benchServerConfig } from './server-config.js';

describe('bench server configuration', () => {
  it('starts in production mode without any bench-specific environment (production refuses what development allows)', () => {
    const config = benchServerConfig({});
    expect(config.NODE_ENV).toBe('production');
    expect(config.FEEDBACK_IDENTITY_KEY).toBeDefined();
    expect(config.DATABASE_POOL_SIZE).toBe(10);
  });
});
