import type { Role } from '../../shared/contracts';
import type { SearchHit, SearchKind } from '../../shared/contracts/search';
import { casePath, CASES_PATH } from '../conduct/paths';
import { campaignPath, meetingPath } from '../dissemination/paths';
import { documentPath, REGISTER_PATH } from '../documents/paths';
import { FEEDBACK_QUEUE_PATH, feedbackReportPath } from '../feedback/paths';
import { NEWS_WRITER_ROLES, newsEditPath, publicArticleUrl } from '../news/paths';
import { ORG_PATH } from '../org/paths';
import { procedurePath, PROCEDURES_PATH } from '../procedures/paths';
import { taskPath, UNIT_WORK_PATH } from '../work/paths';

/** Where a hit opens: a page of the app, or (news for readers) the public portal's article page, outside the app. */
export type HitTarget = { kind: 'app'; path: string } | { kind: 'portal'; url: string };

const withQuery = (path: string, q: string) => `${path}?q=${encodeURIComponent(q)}`;

export function hitTarget(kind: SearchKind, hit: SearchHit, roles: readonly Role[]): HitTarget {
  const app = (path: string): HitTarget => ({ kind: 'app', path });
  switch (kind) {
    case 'tasks':
      return app(taskPath(hit.id));
    case 'people':
      // People have no page of their own: the organisation's people list, searched for the name.
      return app(withQuery(ORG_PATH, hit.title));
    case 'documents':
      return app(documentPath(hit.id));
    case 'campaigns':
      return app(campaignPath(hit.id));
    case 'meetings':
      return app(meetingPath(hit.id));
    case 'cases':
      return app(casePath(hit.id));
    case 'reports':
      return app(feedbackReportPath(hit.id));
    case 'procedures':
      return app(procedurePath(hit.id));
    case 'news':
      return roles.some((role) => (NEWS_WRITER_ROLES as readonly Role[]).includes(role)) || !hit.slug
        ? app(newsEditPath(hit.id))
        : { kind: 'portal', url: publicArticleUrl(hit.slug) };
  }
}

/** The full list searched for the same words, for the kinds whose list has a search box. */
const searchableLists: Partial<Record<SearchKind, string>> = {
  tasks: UNIT_WORK_PATH,
  people: ORG_PATH,
  documents: REGISTER_PATH,
  cases: CASES_PATH,
  reports: FEEDBACK_QUEUE_PATH,
  procedures: PROCEDURES_PATH,
};

export function fullListTarget(kind: SearchKind, q: string): HitTarget | undefined {
  const path = searchableLists[kind];
  return path ? { kind: 'app', path: withQuery(path, q) } : undefined;
}
