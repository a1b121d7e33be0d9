import { useSearchParams } from 'react-router';

/** The words a link asked a list to search for (`?q=…`, e.g. the header search's "see all"); '' when none. */
export function useSearchText(): string {
  const [params] = useSearchParams();
  return params.get('q') ?? '';
}
