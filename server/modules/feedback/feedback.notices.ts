import type { Tx } from '../../db/client.js';
import * as repository from './feedback.repository.js';

/** New reports go to the agency's inspectors, who triage them. */
export const TRIAGE_NOTICE_ROLE = 'inspector';

/** Who hears about the reporter's messages and rating: the handler, else the handling unit's managers, else the inspectors. */
export async function handlersToNotify(tx: Tx, report: repository.ReportRow): Promise<string[]> {
  let people: string[];
  if (report.handlerPersonId) people = [report.handlerPersonId];
  else if (report.handlerUnitId) people = await repository.managerIdsOfUnit(tx, report.agencyId, report.handlerUnitId);
  else people = [];
  if (people.length === 0) people = await repository.personIdsWithRole(tx, report.agencyId, TRIAGE_NOTICE_ROLE);
  // The reported official is never told about the report through a notification.
  return people.filter((id) => id !== report.subjectPersonId);
}
