export * from './org.js';
export * from './auth.js';
export * from './audit.js';
export * from './calendar.js';
export * from './work.js';
export * from './conduct.js';
export * from './feedback.js';
