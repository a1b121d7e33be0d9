import { Suspense } from 'react';
import { useCurrentUser } from '../../features/auth';
import { headerItemsFor, useModules } from '../../shared/modules';

/** The header controls modules have registered, filtered by the user's roles; each loads on its own. */
export function ModuleHeaderItems() {
  const user = useCurrentUser();
  return headerItemsFor(useModules(), user.roles).map(({ key, component: Item }) => (
    <Suspense key={key} fallback={null}>
      <Item />
    </Suspense>
  ));
}
