import type { ExplanationItemInput, ExplanationItemKind } from '../../../contracts/explanations.js';
import type { Tx } from '../../db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import { absenceForExplanation, acknowledgementForExplanation } from '../dissemination/index.js';
import { findPeople } from '../org/index.js';
import { taskForExplanation } from '../work/index.js';

/** The red item a request is about, with the person who must explain. */
export interface ResolvedItem {
  kind: ExplanationItemKind;
  id: string;
  title: string;
  subject: { personId: string; fullName: string; unitPath: string };
}

const NOT_RED = {
  task: { vi: 'Nhiệm vụ chưa quá hạn: chỉ yêu cầu giải trình mục đang báo đỏ', en: 'The task is not overdue: only red items are explained' },
  acknowledgement: { vi: 'Lượt quán triệt chưa quá hạn hoặc đã xác nhận', en: 'The acknowledgement is not overdue or was made' },
  attendance: { vi: 'Người này không vắng mặt không lý do', en: 'This person was not absent without a reason' },
} as const;

/**
 * Finds the item in this agency and checks it is red today: an open task past its due date, a
 * campaign past its due date unacknowledged, an absence without a reason. Missing → 404, not red → 409.
 */
export async function resolveRedItem(tx: Tx, agencyId: string, item: ExplanationItemInput, today: string): Promise<ResolvedItem> {
  const found = await findItem(tx, agencyId, item, today);
  if (!found) throw notFound({ vi: 'Không tìm thấy mục cần giải trình', en: 'Item not found' });
  if (!found.isRed) throw conflict('item_not_red', NOT_RED[item.kind]);
  const [person] = await findPeople(tx, agencyId, [found.personId]);
  if (!person) throw notFound({ vi: 'Không tìm thấy cán bộ', en: 'Person not found' });
  return {
    kind: item.kind,
    id: found.id,
    title: found.title,
    subject: { personId: person.id, fullName: person.fullName, unitPath: person.unitPath },
  };
}

async function findItem(tx: Tx, agencyId: string, item: ExplanationItemInput, today: string) {
  if (item.kind === 'task') {
    const task = await taskForExplanation(tx, agencyId, item.taskId, today);
    return task && { id: item.taskId, title: task.title, personId: task.ownerId, isRed: task.isOverdue };
  }
  if (item.kind === 'acknowledgement') {
    const assignment = await acknowledgementForExplanation(tx, agencyId, item.assignmentId, today);
    return assignment && { id: item.assignmentId, ...assignment };
  }
  const absence = await absenceForExplanation(tx, agencyId, item.meetingId, item.personId);
  return absence && { id: item.meetingId, ...absence };
}
