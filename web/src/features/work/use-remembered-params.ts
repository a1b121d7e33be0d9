import { useEffect, useState } from 'react';
import { type SetURLSearchParams, useLocation, useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth';
import { pickRemembered, type RememberedList, storageKeyOf } from './remembered-filters';

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled (private mode); the filters then live in the address only.
  }
}

/**
 * A list's filters in the address (shareable, kept by the back button) and remembered per person in
 * this browser: opening the list with no filter in its address brings back the last ones used.
 */
export function useRememberedParams(list: RememberedList): [URLSearchParams, SetURLSearchParams] {
  const userId = useCurrentUser().id;
  const key = storageKeyOf(list, userId);
  const [params, setParams] = useSearchParams();
  const locationKey = useLocation().key;
  // Read once, on arrival: afterwards an emptied address is the person's choice, not a gap to fill.
  const [arrival] = useState(() => {
    const stored = readStored(key);
    return { locationKey, restore: pickRemembered(list, params.toString()) === '' && stored ? stored : null };
  });
  // Until the address shows them (any navigation gives a new location key), the restored filters apply.
  const pending = arrival.restore !== null && locationKey === arrival.locationKey ? arrival.restore : null;
  useEffect(() => {
    if (pending !== null) setParams(new URLSearchParams(pending), { replace: true });
  }, [pending, setParams]);
  useEffect(() => {
    if (pending === null) store(key, pickRemembered(list, params.toString()));
  }, [key, list, params, pending]);
  return [pending === null ? params : new URLSearchParams(pending), setParams];
}
