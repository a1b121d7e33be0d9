import { and, asc, eq } from 'drizzle-orm';
import { taskAttachments } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { FileStore } from '../../platform/files.js';
import { auditContext, type WorkDeps } from './work.deps.js';
import { toTaskState } from './work.state.js';
import { canSeeTask, collaborationOf, relationsOfActor } from './work.policy.js';
import * as repository from './work.repository.js';
import { taskNotFound } from './work.service.js';

type AttachmentRow = typeof taskAttachments.$inferSelect;
const present = (row: AttachmentRow) => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  uploadedBy: row.uploadedByName,
  uploadedAt: row.uploadedAt.toISOString(),
});

async function visibleTask(deps: WorkDeps, actor: Actor, taskId: string) {
  const row = await repository.findTaskWithNames(deps.db, actor.agencyId, taskId);
  const isCollaborator = row ? await collaborationOf(actor, row.task, () => repository.isCollaborator(deps.db, taskId, actor)) : false;
  if (!row || !canSeeTask(actor, row.task, isCollaborator)) throw taskNotFound();
  return { task: row.task, isCollaborator };
}

/** Evidence and reference files: the people working on a task add them while it is open. */
export async function addAttachment(deps: WorkDeps & { files: FileStore }, actor: Actor, taskId: string, file: { buffer: Buffer; fileName: string }) {
  const { task, isCollaborator } = await visibleTask(deps, actor, taskId);
  const relations = relationsOfActor(actor, toTaskState(task), task.unitPath, isCollaborator);
  if (!relations.some((relation) => ['owner', 'assigner', 'unit_head', 'collaborator', 'proposed_owner'].includes(relation))) throw forbidden();
  if (task.status === 'completed' || task.status === 'cancelled') {
    throw forbidden({ vi: 'Nhiệm vụ đã kết thúc, không bổ sung tệp', en: 'The task is closed; no more files' });
  }
  const stored = await deps.files.store(file.buffer, file.fileName);
  const now = deps.clock.now();
  const row: AttachmentRow = {
    id: crypto.randomUUID(),
    agencyId: actor.agencyId,
    taskId,
    sha256: stored.sha256,
    fileName: file.fileName.slice(0, 255),
    contentType: stored.contentType,
    size: stored.size,
    uploadedBy: actor.personId,
    uploadedByName: actor.displayName,
    uploadedAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(taskAttachments).values(row);
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'task.attachment_added',
      { type: 'task', id: taskId },
      { fileName: row.fileName, sha256: row.sha256, size: row.size },
    );
  });
  return present(row);
}

export async function listAttachments(deps: WorkDeps, actor: Actor, taskId: string) {
  await visibleTask(deps, actor, taskId);
  const rows = await deps.db.select().from(taskAttachments).where(eq(taskAttachments.taskId, taskId)).orderBy(asc(taskAttachments.uploadedAt));
  return { items: rows.map(present) };
}

export async function readAttachment(deps: WorkDeps & { files: FileStore }, actor: Actor, taskId: string, attachmentId: string) {
  await visibleTask(deps, actor, taskId);
  const [row] = await deps.db
    .select()
    .from(taskAttachments)
    .where(and(eq(taskAttachments.taskId, taskId), eq(taskAttachments.id, attachmentId)));
  if (!row) throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
  return { content: await deps.files.read(row.sha256), fileName: row.fileName, contentType: row.contentType };
}
