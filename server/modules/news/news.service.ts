import type { ArticleBody } from '../../../contracts/news.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { conflict, forbidden, invalidState, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { auditContext, type NewsDeps } from './news.deps.js';
import { canPublishNews, canWriteNews, newsAbilities } from './news.policy.js';
import { articleNotFound } from './news.queries.js';
import * as repository from './news.repository.js';
import { canMove, nextStatus, normaliseTags, slugOf } from './news.rules.js';
import { plainTextOf, sanitiseArticleHtml } from './news.sanitise.js';

const notWriter = () => forbidden({ vi: 'Chỉ biên tập viên, lãnh đạo, quản trị viết tin bài', en: 'Only editors, leaders and administrators write articles' });

/** A slug free in the agency: the one asked for (refused when taken), or the title's with a number added. */
async function freeSlug(tx: Tx, agencyId: string, id: string, input: ArticleBody, current: string | null): Promise<string> {
  if (input.slug) {
    if (await repository.isSlugTaken(tx, agencyId, input.slug, id)) {
      throw conflict('slug_taken', { vi: 'Đường dẫn đã được dùng cho tin khác', en: 'The slug is used by another article' }, [
        { field: 'body.slug', message: { vi: 'Đã được dùng', en: 'Already used' } },
      ]);
    }
    return input.slug;
  }
  if (current) return current;
  const base = slugOf(input.title);
  const taken = new Set(await repository.slugsLike(tx, agencyId, base));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

function contentColumns(input: ArticleBody) {
  const bodyHtml = sanitiseArticleHtml(input.bodyHtml);
  const text = plainTextOf(bodyHtml);
  if (!text && !bodyHtml.includes('<img')) throw validationError([{ field: 'body.bodyHtml', message: { vi: 'Nội dung trống', en: 'The body is empty' } }]);
  const summary = input.summary || (text.length > 300 ? `${text.slice(0, 297)}…` : text);
  const tags = normaliseTags(input.tags);
  return { title: input.title, summary, bodyHtml, category: input.category, tags, searchText: foldForSearch(`${input.title} ${summary} ${tags.join(' ')}`) };
}

/** Creates a draft article; the body is sanitised before it is stored. */
export async function createArticle(deps: NewsDeps, actor: Actor, input: ArticleBody): Promise<string> {
  if (!canWriteNews(actor)) throw notWriter();
  const columns = contentColumns(input);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    const slug = await freeSlug(tx, actor.agencyId, id, input, null);
    await repository.insertArticle(tx, {
      id,
      agencyId: actor.agencyId,
      slug,
      ...columns,
      authorPersonId: actor.personId,
      authorName: actor.displayName,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    });
    await recordAction(tx, auditContext(actor, now), 'news.created', { type: 'news_article', id }, { title: input.title, slug, category: input.category });
  });
  return id;
}

async function lockedArticle(tx: Tx, actor: Actor, id: string) {
  if (!canWriteNews(actor)) throw articleNotFound();
  const row = await repository.lockArticle(tx, actor.agencyId, id);
  if (!row) throw articleNotFound();
  return row;
}

/** Edits an article; a published one only by those who publish, so what the public reads was approved. */
export async function editArticle(deps: NewsDeps, actor: Actor, id: string, input: ArticleBody): Promise<void> {
  const columns = contentColumns(input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await lockedArticle(tx, actor, id);
    if (!newsAbilities(actor, row.status).edit) throw forbidden({ vi: 'Tin đã đăng chỉ lãnh đạo sửa', en: 'Only a leader edits a published article' });
    const slug = await freeSlug(tx, actor.agencyId, id, input, row.slug);
    await repository.updateArticle(tx, id, { ...columns, slug, version: row.version + 1, updatedAt: now });
    await recordAction(tx, auditContext(actor, now), 'news.edited', { type: 'news_article', id }, { title: input.title, slug, version: row.version + 1 });
  });
}

export type WorkflowCommand =
  { name: 'submit' } | { name: 'publish'; publishAt?: string } | { name: 'unpublish'; reason: string } | { name: 'returnToDraft'; reason: string };

/** Moves an article through draft → review → published → unpublished; a future publishAt schedules it. */
export async function moveArticle(deps: NewsDeps, actor: Actor, id: string, command: WorkflowCommand): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await lockedArticle(tx, actor, id);
    if (command.name !== 'submit' && !canPublishNews(actor))
      throw forbidden({ vi: 'Chỉ lãnh đạo hoặc quản trị đăng, gỡ tin', en: 'Only a leader or an administrator publishes or withdraws articles' });
    if (!canMove(row.status, command.name))
      throw invalidState(`cannot_${command.name}`, { vi: 'Trạng thái tin bài không cho phép thao tác này', en: 'The article’s state does not allow this' });
    const status = nextStatus[command.name];
    const changes: Partial<repository.ArticleInsert> = { status, version: row.version + 1, updatedAt: now };
    if (command.name === 'publish') {
      changes.publishAt = command.publishAt ? new Date(command.publishAt) : now;
      changes.publishedByName = actor.displayName;
    }
    await repository.updateArticle(tx, id, changes);
    const reason = 'reason' in command ? command.reason : null;
    await recordAction(
      tx,
      auditContext(actor, now),
      `news.${status}`,
      { type: 'news_article', id },
      { from: row.status, to: status, publishAt: changes.publishAt?.toISOString() ?? null, reason },
    );
  });
}

/** Stores a PNG or JPG as the article's cover in the file store. */
export async function setCover(deps: NewsDeps, actor: Actor, id: string, file: { buffer: Buffer; fileName: string }): Promise<void> {
  if (!canWriteNews(actor)) throw articleNotFound();
  const stored = await deps.files.store(file.buffer, file.fileName);
  if (!stored.contentType.startsWith('image/'))
    throw validationError([{ field: 'file', message: { vi: 'Ảnh đại diện phải là PNG hoặc JPG', en: 'The cover must be a PNG or JPG image' } }]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await lockedArticle(tx, actor, id);
    if (!newsAbilities(actor, row.status).setCover) throw forbidden({ vi: 'Tin đã đăng chỉ lãnh đạo sửa', en: 'Only a leader edits a published article' });
    await repository.updateArticle(tx, id, { coverSha256: stored.sha256, coverContentType: stored.contentType, version: row.version + 1, updatedAt: now });
    await recordAction(tx, auditContext(actor, now), 'news.cover_set', { type: 'news_article', id }, { sha256: stored.sha256, size: stored.size });
  });
}
