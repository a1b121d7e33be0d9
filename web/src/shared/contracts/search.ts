export { searchKinds, type SearchGroup, type SearchHit, type SearchKind, type SearchResponse } from '../../../../contracts/search';
