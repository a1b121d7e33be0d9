import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../shared/api';
import type { ImportReport, Person, PersonCategory, Unit, UnitKind } from '../../shared/contracts';

export type PersonStatusFilter = 'active' | 'left' | 'all';

export interface PeopleFilters {
  q?: string;
  unitId?: string;
  category?: PersonCategory;
  status: PersonStatusFilter;
}

export interface PersonBody {
  fullName: string;
  position: string;
  category: PersonCategory;
  unitId: string;
  email: string | null;
  phone: string | null;
  isPartyMember: boolean;
  birthDate: string | null;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const PEOPLE_PAGE_SIZE = 20;
const orgKeys = { units: ['units'] as const, people: ['people'] as const };

/** The agency's whole unit list, flat; build the tree with buildUnitTree. */
export function useUnits() {
  return useQuery({
    queryKey: orgKeys.units,
    queryFn: ({ signal }) => api.get<{ items: Unit[] }>('/units', undefined, signal).then((page) => page.items),
    staleTime: 60_000,
  });
}

export function usePeoplePage(filters: PeopleFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: [...orgKeys.people, 'list', filters, cursor ?? null],
    queryFn: ({ signal }) => api.get<Page<Person>>('/people', { limit: PEOPLE_PAGE_SIZE, cursor, ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Active people of a unit and its sub-units, to pick a head or deputies from. */
export function useUnitPeople(unitId: string) {
  return useQuery({
    queryKey: [...orgKeys.people, 'of-unit', unitId],
    queryFn: ({ signal }) => api.get<Page<Person>>('/people', { limit: 100, unitId, status: 'active' }, signal).then((page) => page.items),
  });
}

/** A write that changes units or people: afterwards both lists are reloaded. */
function useOrgMutation<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: orgKeys.units }), queryClient.invalidateQueries({ queryKey: orgKeys.people })]),
  });
}

export const useCreateUnit = () =>
  useOrgMutation((body: { parentId: string; kind: Exclude<UnitKind, 'agency'>; code: string; name: string }) => api.post<Unit>('/units', body));

export const useUpdateUnit = () => useOrgMutation(({ id, ...body }: { id: string; name: string; code: string }) => api.put<Unit>(`/units/${id}`, body));

export const useDeactivateUnit = () => useOrgMutation((id: string) => api.post<Unit>(`/units/${id}/deactivate`));

export const useSetUnitManagers = () =>
  useOrgMutation(({ id, ...body }: { id: string; headId: string | null; deputyIds: string[] }) => api.put<Unit>(`/units/${id}/managers`, body));

export const useCreatePerson = () => useOrgMutation((body: PersonBody) => api.post<Person>('/people', body));

export const useUpdatePerson = () => useOrgMutation(({ id, ...body }: Omit<PersonBody, 'unitId'> & { id: string }) => api.put<Person>(`/people/${id}`, body));

export const useMovePerson = () => useOrgMutation(({ id, unitId }: { id: string; unitId: string }) => api.post<Person>(`/people/${id}/move`, { unitId }));

export const useDeactivatePerson = () =>
  useOrgMutation(({ id, ...body }: { id: string; leftOn: string; reason: string }) => api.post<Person>(`/people/${id}/deactivate`, body));

/** Checks (dryRun) or imports a staff file, reporting upload progress; a committed import reloads the lists. */
export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onProgress }: { file: File; dryRun: boolean; onProgress: (percent: number) => void }) =>
      uploadFile<ImportReport>('/people/import', file, { query: { dryRun }, onProgress }),
    onSuccess: (report) => (report.isCommitted ? queryClient.invalidateQueries({ queryKey: orgKeys.people }) : undefined),
  });
}

/** Active people matching a diacritic-free search, for pickers. */
export function usePeopleSearch(q: string, unitId: string | undefined) {
  return useQuery<Person[]>({
    queryKey: ['people', 'pick', q, unitId ?? null],
    queryFn: ({ signal }) => api.get<{ items: Person[] }>('/people', { q, unitId, limit: 20, status: 'active' }, signal).then((page) => page.items),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
