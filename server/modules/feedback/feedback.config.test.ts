import { expect, it } from 'vitest';
import { feedbackIdentityKeyOf, loadConfig } from '../../config.js';

it('refuses to start in production without a real identity key', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/FEEDBACK_IDENTITY_KEY/);
  expect(() => loadConfig({ NODE_ENV: 'production', FEEDBACK_IDENTITY_KEY: 'too-short' })).toThrow(/FEEDBACK_IDENTITY_KEY/);
  const key = Buffer.alloc(32, 9).toString('base64');
  expect(feedbackIdentityKeyOf(loadConfig({ NODE_ENV: 'production', FEEDBACK_IDENTITY_KEY: key }))).toEqual(Buffer.alloc(32, 9));
});

it('derives a public development key elsewhere, the same on every start', () => {
  const development = feedbackIdentityKeyOf(loadConfig({ NODE_ENV: 'development' }));
  expect(development).toHaveLength(32);
  expect(feedbackIdentityKeyOf(loadConfig({ NODE_ENV: 'test' }))).toEqual(development);
});
