import { createContext, type ReactNode, useContext } from 'react';
import type { AppModule } from './types';

const RegistryContext = createContext<readonly AppModule[]>([]);

/** Makes the module list available to the shell and to pages that summarise other modules (home). */
export function ModuleRegistryProvider({ modules, children }: { modules: readonly AppModule[]; children: ReactNode }) {
  return <RegistryContext value={modules}>{children}</RegistryContext>;
}

export function useModules(): readonly AppModule[] {
  return useContext(RegistryContext);
}
