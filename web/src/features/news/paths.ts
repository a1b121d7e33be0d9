export const NEWS_LIST_PATH = '/quan-ly-tin-tuc';
export const NEWS_NEW_PATH = '/quan-ly-tin-tuc/viet-moi';
export const NEWS_EDIT_PATH = '/quan-ly-tin-tuc/:id';
export const newsEditPath = (id: string) => `/quan-ly-tin-tuc/${id}`;
/** The public portal, server-rendered outside the app. */
export const publicArticleUrl = (slug: string) => `/tin-tuc/${slug}`;
export const NEWS_WRITER_ROLES = ['editor', 'leader', 'agency_admin', 'system_admin'] as const;
