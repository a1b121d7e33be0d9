import { HomeOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';

export const homeModule: AppModule = {
  id: 'home',
  routes: [{ path: '/', page: lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage }))) }],
  nav: [{ path: '/', labelKey: 'nav.home', icon: <HomeOutlined />, order: 0 }],
};
