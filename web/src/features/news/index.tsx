import { ReadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import './news.css';
import { NEWS_EDIT_PATH, NEWS_LIST_PATH, NEWS_NEW_PATH, NEWS_WRITER_ROLES } from './paths';

const NewsListPage = lazy(() => import('./pages/NewsListPage').then((m) => ({ default: m.NewsListPage })));
const NewsEditorPage = lazy(() => import('./pages/NewsEditorPage').then((m) => ({ default: m.NewsEditorPage })));

/** Tin tức: editors write, leaders publish to the public portal (/tin-tuc). */
export const newsModule: AppModule = {
  id: 'news',
  routes: [
    { path: NEWS_LIST_PATH, page: NewsListPage, roles: NEWS_WRITER_ROLES },
    { path: NEWS_NEW_PATH, page: NewsEditorPage, roles: NEWS_WRITER_ROLES },
    { path: NEWS_EDIT_PATH, page: NewsEditorPage, roles: NEWS_WRITER_ROLES },
  ],
  nav: [
    {
      path: NEWS_LIST_PATH,
      labelKey: 'news.nav.label',
      descriptionKey: 'news.nav.description',
      icon: <ReadOutlined aria-hidden />,
      order: 700,
      roles: NEWS_WRITER_ROLES,
    },
  ],
};
