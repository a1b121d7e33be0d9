/** What other features may use of dissemination beside its routes (the lint rule lets them import only index, paths and public). */
export { ConclusionSelect } from './components/ConclusionSelect';
export { ConclusionSourceLink } from './components/ConclusionSourceLink';
