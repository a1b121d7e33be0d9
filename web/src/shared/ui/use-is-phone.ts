import { useSyncExternalStore } from 'react';

// Below antd's `md` breakpoint: the width at which pages switch to the phone layout.
const PHONE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Whether the screen is phone-sized, known from the first render (antd's `Grid.useBreakpoint` is
 * empty until an effect runs, so a phone would first render, and download, the desktop layout).
 */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches);
}
