import type { NewsCommandName, NewsStatus } from '../../../contracts/news-vocabulary.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { canMove } from './news.rules.js';

/** Editors write articles; leaders and administrators write too, and alone publish. */
export const canWriteNews = (actor: Actor) => hasRole(actor, 'editor', 'leader', 'agency_admin', 'system_admin');
export const canPublishNews = (actor: Actor) => hasRole(actor, 'leader', 'agency_admin', 'system_admin');

/** What this actor may do next with an article in this state. */
export function newsAbilities(actor: Actor, status: NewsStatus): Record<NewsCommandName, boolean> {
  const writes = canWriteNews(actor);
  const publishes = canPublishNews(actor);
  const edit = writes && (status !== 'published' || publishes);
  return {
    edit,
    setCover: edit,
    submit: writes && canMove(status, 'submit'),
    publish: publishes && canMove(status, 'publish'),
    unpublish: publishes && canMove(status, 'unpublish'),
    returnToDraft: publishes && canMove(status, 'returnToDraft'),
  };
}
