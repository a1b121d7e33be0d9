import type { FeedbackDeps } from '../feedback/index.js';
import type { NameCache, OrgDeps } from '../org/index.js';
import type { WorkDeps } from '../work/index.js';

/** What the lists the search runs need: their dependencies together (the app passes the same objects it gives the modules). */
export interface SearchDeps extends FeedbackDeps {
  names: NameCache;
  signalSettings?: WorkDeps['signalSettings'];
  accounts: OrgDeps['accounts'];
}
