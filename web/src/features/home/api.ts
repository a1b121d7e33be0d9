import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { Person } from '../../shared/contracts';

/** The signed-in user's own staff record (position, unit), when the account belongs to a person. */
export function useOwnRecord(personId: string | null) {
  return useQuery({
    queryKey: ['people', 'detail', personId],
    queryFn: ({ signal }) => api.get<Person>(`/people/${personId}`, undefined, signal),
    enabled: personId !== null,
  });
}
