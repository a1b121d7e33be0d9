import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { type ReactNode, useState } from 'react';
import { endSessionOnUnauthenticated } from '../features/auth';
import { useLanguage } from '../shared/i18n';
import { ModuleRegistryProvider } from '../shared/modules';
import { appModules } from './modules';
import { createQueryClient } from './query-client';
import { theme } from './theme';

/** Server state, the antd locale following the chosen language, theme, and the module registry. */
export function AppProviders({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    endSessionOnUnauthenticated(client);
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
        <AntApp>
          <ModuleRegistryProvider modules={appModules}>{children}</ModuleRegistryProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
