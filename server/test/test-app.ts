/** Older test files open their app here; the `test` in ./fixtures/index.ts calls the same function. */
export { createTestApp, openTestDatabase, type TestApp } from './fixtures/test-app.js';
