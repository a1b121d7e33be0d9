/** Lower-case text without Vietnamese diacritics, the same folding the server searches with. */
export { foldForSearch as foldText } from '../../../../contracts/search-text';
