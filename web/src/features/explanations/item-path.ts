import type { Explanation } from '../../shared/contracts/explanations';
import { assignmentPath, meetingPath } from '../dissemination/paths';
import { taskPath } from '../work/paths';

/** Where the red item opens: the task, the meeting, or (for its subject only) the campaign assignment. */
export function itemPath(explanation: Explanation, personId: string | null): string | null {
  if (explanation.item.kind === 'task') return taskPath(explanation.item.id);
  if (explanation.item.kind === 'attendance') return meetingPath(explanation.item.id);
  return personId === explanation.subject.id ? assignmentPath(explanation.item.id) : null;
}
