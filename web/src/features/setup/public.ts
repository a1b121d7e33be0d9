/** What other features may use of setup beside its routes. */
export { AgencyFields } from './components/AgencyFields';
