/** What other features may use of work beside its routes (the lint rule lets them import only index, paths and public). */
export { CreateTaskDrawer } from './components/CreateTaskDrawer';
export { NonWorkingDueDateAlert } from './components/NonWorkingDueDateAlert';
