/**
 * A process-wide count of changes to who people are: accounts, roles, units, managers, sessions.
 * Cached sessions remember the count they were read at and are dropped when it moves, so a change
 * made through this process is seen by the very next request (other instances within the cache's
 * few seconds).
 */
let generation = 0;

export const actorsGeneration = () => generation;

export function actorsChanged() {
  generation += 1;
}
