import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import './search.css';

const GlobalSearch = lazy(() => import('./components/GlobalSearch').then((m) => ({ default: m.GlobalSearch })));

/** Tìm kiếm: one search box in the header over every kind of record the user may open. */
export const searchModule: AppModule = {
  id: 'search',
  headerItems: [{ key: 'global-search', component: GlobalSearch, order: 0 }],
};
