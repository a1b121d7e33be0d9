import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { logOneLinePerRequest, serverLogging } from './logging.js';

describe('server logging', () => {
  it('writes JSON in production and whenever stdout is not a terminal', () => {
    for (const [nodeEnv, isTerminal] of [
      ['production', true],
      ['production', false],
      ['development', false],
    ] as const) {
      const logging = serverLogging({ NODE_ENV: nodeEnv, LOG_LEVEL: 'info' }, isTerminal);
      expect(logging.logger).not.toHaveProperty('transport');
      expect(logging.isOneLinePerRequest).toBe(false);
    }
  });

  it('prints short coloured lines to a developer at a terminal', () => {
    const logging = serverLogging({ NODE_ENV: 'development', LOG_LEVEL: 'info' }, true);
    expect(logging.logger).toMatchObject({ transport: { target: 'pino-pretty' }, redact: expect.arrayContaining(['req.headers.cookie', 'req.body']) });
    expect(logging.isOneLinePerRequest).toBe(true);
  });

  it('logs one line per request, with the path and never the query', async () => {
    const lines: { msg: string }[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => done(void lines.push(JSON.parse(String(chunk)))) });
    const app = Fastify({ logger: { level: 'info', stream }, disableRequestLogging: true });
    logOneLinePerRequest(app);
    app.get('/api/v1/people', async () => ({ items: [] }));
    await app.inject({ url: '/api/v1/people?q=nguyen%20van' });
    await app.close();
    expect(lines.map((line) => line.msg)).toEqual([expect.stringMatching(/^GET \/api\/v1\/people 200 \d+ ms$/)]);
  });
});
