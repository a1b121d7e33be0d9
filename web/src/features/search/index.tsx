import type { AppModule } from '../../shared/modules';
import { HeaderSearch } from './components/HeaderSearch';
import './search.css';

/** Tìm kiếm: one search box in the header over every kind of record the user may open. */
export const searchModule: AppModule = {
  id: 'search',
  headerItems: [{ key: 'global-search', component: HeaderSearch, order: 0 }],
};
