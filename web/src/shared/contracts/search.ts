export type { SearchGroup, SearchHit, SearchKind, SearchResponse } from '../../../../contracts/search';
