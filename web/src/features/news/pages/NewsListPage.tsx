import { EditOutlined, GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleSummary, NewsStatus } from '../../../shared/contracts/news';
import { newsCategoryInfo } from '../../../shared/contracts/news';
import { formatDateTime } from '../../../shared/format';
import { PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { useArticles } from '../api';
import { NEWS_NEW_PATH, newsEditPath, publicArticleUrl } from '../paths';

const statusColor: Record<NewsStatus, string> = { draft: 'default', review: 'gold', published: 'green', unpublished: 'red' };

/** The editors' list of articles, every state, newest change first. */
export function NewsListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [status, setStatus] = useState<string>('all');
  const [search, setSearch] = useState(useSearchText());
  // Searched on the server without diacritics, as the campaign and meeting lists are.
  const q = useDebouncedValue(search.trim(), 350);
  const pages = useCursorPages(`${status}:${q}`);
  const page = useArticles(status === 'all' ? undefined : status, pages.cursor, q);
  return (
    <>
      <PageHeader
        title={t('news.list.title')}
        description={t('news.list.description')}
        extra={
          <Space>
            <Button icon={<GlobalOutlined aria-hidden />} href="/tin-tuc" target="_blank">
              {t('news.list.portal')}
            </Button>
            <Link to={NEWS_NEW_PATH}>
              <Button type="primary" icon={<PlusOutlined aria-hidden />}>
                {t('news.list.write')}
              </Button>
            </Link>
          </Space>
        }
      />
      <Card>
        <Segmented
          value={status}
          onChange={(value) => setStatus(String(value))}
          options={(['all', 'draft', 'review', 'published', 'unpublished'] as const).map((value) => ({ value, label: t(`news.status.${value}`) }))}
          style={{ marginBottom: 12 }}
        />
        <Input.Search
          allowClear
          placeholder={t('news.list.search')}
          aria-label={t('news.list.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ maxWidth: 360, marginBottom: 12, display: 'block' }}
        />
        {page.isError && <QueryErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
        <Table<ArticleSummary>
          rowKey="id"
          size="small"
          loading={page.isFetching}
          dataSource={page.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('news.fields.title'), dataIndex: 'title', render: (title: string, row) => <Link to={newsEditPath(row.id)}>{title}</Link> },
            { title: t('news.fields.category'), dataIndex: 'category', render: (code: ArticleSummary['category']) => newsCategoryInfo[code].label[language] },
            {
              title: t('news.fields.status'),
              dataIndex: 'status',
              render: (value: NewsStatus, row) => (
                <Tag color={statusColor[value]}>{row.isScheduled ? t('news.status.scheduled') : t(`news.status.${value}`)}</Tag>
              ),
            },
            { title: t('news.fields.publishAt'), dataIndex: 'publishAt', render: (value: string | null) => formatDateTime(value) },
            { title: t('news.fields.author'), dataIndex: 'authorName' },
            {
              key: 'actions',
              render: (_: unknown, row) => (
                <Space>
                  <Link to={newsEditPath(row.id)} aria-label={t('news.list.edit')}>
                    <EditOutlined />
                  </Link>
                  {row.status === 'published' && !row.isScheduled && (
                    <a href={publicArticleUrl(row.slug)} target="_blank" rel="noreferrer" aria-label={t('news.list.view')}>
                      <GlobalOutlined />
                    </a>
                  )}
                </Space>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          <Button disabled={!pages.hasPrevious} onClick={pages.previous}>
            {t('news.list.previous')}
          </Button>
          <Button disabled={!page.data?.nextCursor} onClick={() => page.data?.nextCursor && pages.next(page.data.nextCursor)}>
            {t('news.list.next')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
