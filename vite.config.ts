import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress';

// Feature and shared UI modules only declare things: unused re-exports of a barrel (a feature's
// index, shared/ui) are then left out of the entry instead of pulling their components into it.
const declarationOnly = /web[\\/]src[\\/](features|shared[\\/]ui)[\\/].*\.tsx?$/;

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !declarationOnly.test(id) },
      output: {
        // React, the libraries every page uses, and ECharts get their own long-lived chunks; antd is
        // split by the pages that use each component, so the login page does not load the tables.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 20 },
            { name: 'libs', test: /node_modules[\\/](i18next|react-i18next|dayjs|@tanstack)[\\/]/, priority: 10 },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|@babel|stylis|compute-scroll-into-view|is-mobile|json2mq|throttle-debounce)[\\/]/,
              tags: ['$initial'],
              priority: 6,
            },
            {
              name: 'antd-pages',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|@babel|stylis|compute-scroll-into-view|is-mobile|json2mq|throttle-debounce)[\\/]/,
              entriesAware: true,
              entriesAwareMergeThreshold: 10 * 1024,
              priority: 5,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
