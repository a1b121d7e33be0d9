import { useQueries } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { Person, Task, TaskEvent } from '../../shared/contracts';
import { personIdsOf } from './event-changes';

/**
 * Names for the people a task's history mentions: those on the task and the actors are known;
 * anyone else (an earlier owner) is looked up, within what the viewer may see.
 */
export function usePersonNames(task: Task | undefined, events: readonly TaskEvent[]): Map<string, string> {
  const known = new Map<string, string>();
  if (task) {
    for (const person of [task.owner, task.assigner, ...task.collaborators]) known.set(person.id, person.fullName);
    if (task.openRequest?.kind === 'transfer' && task.openRequest.proposedOwner) known.set(task.openRequest.proposedOwner.id, task.openRequest.proposedOwner.fullName);
  }
  for (const event of events) if (event.actor.id) known.set(event.actor.id, event.actor.name);
  const missing = personIdsOf(events).filter((id) => !known.has(id));
  const lookups = useQueries({
    queries: missing.map((id) => ({
      queryKey: ['people', 'detail', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Person>(`/people/${id}`, undefined, signal),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  lookups.forEach((lookup, index) => lookup.data && known.set(missing[index], lookup.data.fullName));
  return known;
}
