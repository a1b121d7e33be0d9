/** What other features may use of documents beside its routes (the lint rule lets them import only index, paths and public). */
export { TargetSourceLink } from './components/TargetSourceLink';
export { DocumentSelect } from './components/DocumentSelect';
export { DocumentSourceLink } from './components/DocumentSourceLink';
