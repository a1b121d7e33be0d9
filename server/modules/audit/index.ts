export { auditRoutes } from './audit.routes.js';
export { readChainHeads, recomputeChain, type ChainHead } from './audit.chain-check.js';
