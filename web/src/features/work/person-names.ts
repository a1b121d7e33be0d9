import type { Task, TaskEvent } from '../../shared/contracts';

/**
 * Names for the people a task's history mentions: those on the task, the actors, and the
 * earlier owners the server names with the history (they may be outside the viewer's scope).
 */
export function personNames(task: Task | undefined, events: readonly TaskEvent[], mentioned: Record<string, string> = {}): Map<string, string> {
  const known = new Map<string, string>(Object.entries(mentioned));
  if (task) {
    for (const person of [task.owner, task.assigner, ...task.collaborators]) known.set(person.id, person.fullName);
    if (task.openRequest?.kind === 'transfer' && task.openRequest.proposedOwner)
      known.set(task.openRequest.proposedOwner.id, task.openRequest.proposedOwner.fullName);
  }
  for (const event of events) if (event.actor.id) known.set(event.actor.id, event.actor.name);
  return known;
}
