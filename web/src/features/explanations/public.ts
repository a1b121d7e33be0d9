/** What other features may use of explanations beside its routes (the lint rule lets them import only index, paths and public). */
export { ItemExplanations } from './components/ItemExplanations';
export { RequestExplanationButton } from './components/RequestExplanationButton';
