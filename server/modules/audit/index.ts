export { auditRoutes } from './audit.routes.js';
export { readChainHeads, recomputeChain, type ChainHead } from './audit.chain-check.js';
export { checkpointAllAgencies } from './audit.checkpoints.js';
