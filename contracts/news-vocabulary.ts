// Vocabulary of the news bulletin, shared by the server, the public pages and the web client (no zod at run time).

export const newsCategories = ['agency_activities', 'directive_24', 'new_documents', 'role_models'] as const;
export type NewsCategory = (typeof newsCategories)[number];

/** The portal's four categories, with the slug of their public page. */
export const newsCategoryInfo: Record<NewsCategory, { slug: string; label: { vi: string; en: string } }> = {
  agency_activities: { slug: 'hoat-dong-co-quan', label: { vi: 'Hoạt động cơ quan', en: 'Agency activities' } },
  directive_24: { slug: 'chi-thi-24', label: { vi: 'Chỉ thị 24', en: 'Directive 24' } },
  new_documents: { slug: 'van-ban-moi', label: { vi: 'Văn bản mới', en: 'New documents' } },
  role_models: { slug: 'guong-dien-hinh', label: { vi: 'Gương điển hình', en: 'Role models' } },
};

export const newsStatuses = ['draft', 'review', 'published', 'unpublished'] as const;
export type NewsStatus = (typeof newsStatuses)[number];

export const newsCommandNames = ['edit', 'submit', 'publish', 'unpublish', 'returnToDraft', 'setCover'] as const;
export type NewsCommandName = (typeof newsCommandNames)[number];
