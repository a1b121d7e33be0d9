import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../shared/api';
import type { Article, ArticleBody, ArticlePage } from '../../shared/contracts/news';

export const newsKeys = {
  all: ['news'] as const,
  list: (status: string | undefined, cursor: string | undefined, q = '') => ['news', 'list', status ?? null, cursor ?? null, q] as const,
  article: (id: string) => ['news', 'article', id] as const,
};

export function useArticles(status: string | undefined, cursor: string | undefined, q = '') {
  return useQuery({
    queryKey: newsKeys.list(status, cursor, q),
    queryFn: ({ signal }) => api.get<ArticlePage>('/news', { status, cursor, limit: 20, q: q || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: string | undefined) {
  return useQuery({ queryKey: newsKeys.article(id ?? ''), enabled: !!id, queryFn: ({ signal }) => api.get<Article>(`/news/${id}`, undefined, signal) });
}

/** Every write answers with the article as it now is; the lists are read again. */
function useArticleWrite<V>(write: (variables: V) => Promise<Article>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (article) => {
      queryClient.setQueryData(newsKeys.article(article.id), article);
      void queryClient.invalidateQueries({ queryKey: ['news', 'list'] });
    },
  });
}

export const useCreateArticle = () => useArticleWrite((body: ArticleBody) => api.post<Article>('/news', body));
export const useEditArticle = (id: string) => useArticleWrite((body: ArticleBody) => api.put<Article>(`/news/${id}`, body));
export type WorkflowStep =
  { name: 'submit' } | { name: 'publish'; publishAt?: string } | { name: 'unpublish'; reason: string } | { name: 'return'; reason: string };
export const useMoveArticle = (id: string) =>
  useArticleWrite((step: WorkflowStep) => {
    const { name, ...body } = step;
    return api.post<Article>(`/news/${id}/${name}`, body);
  });
export const useSetCover = (id: string) => useArticleWrite((file: File) => uploadFile<Article>(`/news/${id}/cover`, file));
