import type { TestProject } from 'vitest/node';
import { startServer } from './start-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the real server on a fresh database with the demo agency, as `npm start` would. */
export default async function setup(project: TestProject) {
  // E2E_PORT lets engineers sharing a machine keep to their own ports.
  const server = await startServer({ name: 'demo', port: Number(process.env.E2E_PORT) || 3900 + (process.pid % 90), seedDemo: true });
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
