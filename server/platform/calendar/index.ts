export * from './dates.js';
export * from './holidays-vn.js';
export * from './working-days.js';
