import { App, Button, Card, Col, DatePicker, Form, Input, Popconfirm, Row, Select, Space, Tag, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { applyServerErrors } from '../../../shared/api';
import { type Article, type ArticleBody, newsCategories, newsCategoryInfo } from '../../../shared/contracts/news';
import { formatDateTime, toAgencyInstant } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useArticle, useCreateArticle, useEditArticle, useMoveArticle, useSetCover, type WorkflowStep } from '../api';
import { RichTextEditor } from '../components/RichTextEditor';
import { newsEditPath, publicArticleUrl } from '../paths';

/** Writing a new article, or editing one and moving it through review and publishing. */
export function NewsEditorPage() {
  const { id } = useParams();
  const article = useArticle(id);
  if (id && article.isError) return <QueryErrorAlert error={article.error} onRetry={() => void article.refetch()} />;
  if (id && !article.data) return <Card loading />;
  return <ArticleForm key={article.data ? `${article.data.id}:${article.data.version}` : 'new'} article={article.data} />;
}

function ArticleForm({ article }: { article?: Article }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ArticleBody>();
  const create = useCreateArticle();
  const edit = useEditArticle(article?.id ?? '');
  const move = useMoveArticle(article?.id ?? '');
  const cover = useSetCover(article?.id ?? '');
  const [publishAt, setPublishAt] = useState<Dayjs | null>(null);
  const abilities = article?.abilities;
  const canEdit = !article || abilities?.edit;

  const save = async (values: ArticleBody) => {
    try {
      const body = { ...values, slug: values.slug || undefined, tags: values.tags ?? [] };
      const saved = article ? await edit.mutateAsync(body) : await create.mutateAsync(body);
      message.success(t('news.editor.saved'));
      if (!article) void navigate(newsEditPath(saved.id));
    } catch (error) {
      applyServerErrors(form, error, language);
    }
  };
  const step = async (value: WorkflowStep) => {
    try {
      await move.mutateAsync(value);
      message.success(t('news.editor.moved'));
    } catch (error) {
      message.error(applyServerErrors(form, error, language) ?? t('news.editor.failed'));
    }
  };
  const askReason = (name: 'unpublish' | 'return') => {
    let reason = '';
    modal.confirm({
      title: t(`news.actions.${name}`),
      content: (
        <Input.TextArea aria-label={t('news.editor.reason')} placeholder={t('news.editor.reason')} onChange={(event) => (reason = event.target.value)} />
      ),
      onOk: () => step({ name, reason }),
    });
  };

  return (
    <>
      <PageHeader
        title={article ? article.title : t('news.editor.newTitle')}
        description={
          article
            ? `${t(`news.status.${article.isScheduled ? 'scheduled' : article.status}`)} · ${article.authorName}${article.publishAt ? ` · ${formatDateTime(article.publishAt)}` : ''}`
            : t('news.editor.newDescription')
        }
        extra={
          article && article.status === 'published' && !article.isScheduled ? (
            <Button href={publicArticleUrl(article.slug)} target="_blank">
              {t('news.list.view')}
            </Button>
          ) : undefined
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={17}>
          <Card>
            <Form
              form={form}
              layout="vertical"
              disabled={!canEdit}
              onFinish={save}
              initialValues={
                article
                  ? {
                      title: article.title,
                      slug: article.slug,
                      summary: article.summary,
                      bodyHtml: article.bodyHtml,
                      category: article.category,
                      tags: article.tags,
                    }
                  : { category: 'agency_activities', tags: [], bodyHtml: '' }
              }
            >
              <Form.Item name="title" label={t('news.fields.title')} rules={[{ required: true, whitespace: true, message: t('news.editor.titleRequired') }]}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name="slug" label={t('news.fields.slug')} extra={t('news.editor.slugHelp')}>
                <Input maxLength={120} />
              </Form.Item>
              <Form.Item name="summary" label={t('news.fields.summary')}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item name="bodyHtml" label={t('news.fields.body')} rules={[{ required: true, message: t('news.editor.bodyRequired') }]}>
                <RichTextEditor />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="category" label={t('news.fields.category')}>
                    <Select options={newsCategories.map((code) => ({ value: code, label: newsCategoryInfo[code].label[language] }))} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="tags" label={t('news.fields.tags')}>
                    <Select mode="tags" tokenSeparators={[',']} />
                  </Form.Item>
                </Col>
              </Row>
              <Button type="primary" htmlType="submit" loading={create.isPending || edit.isPending}>
                {t('news.editor.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        {article && abilities && (
          <Col xs={24} lg={7}>
            <Card title={t('news.editor.workflow')}>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Tag>{t(`news.status.${article.isScheduled ? 'scheduled' : article.status}`)}</Tag>
                {abilities.submit && (
                  <Button block onClick={() => void step({ name: 'submit' })}>
                    {t('news.actions.submit')}
                  </Button>
                )}
                {abilities.publish && (
                  <>
                    <DatePicker
                      showTime
                      format="DD/MM/YYYY HH:mm"
                      style={{ width: '100%' }}
                      placeholder={t('news.editor.publishAt')}
                      value={publishAt}
                      onChange={setPublishAt}
                    />
                    <Popconfirm
                      title={t('news.editor.publishConfirm')}
                      onConfirm={() => step({ name: 'publish', publishAt: publishAt ? toAgencyInstant(publishAt) : undefined })}
                    >
                      <Button type="primary" block>
                        {publishAt ? t('news.actions.schedule') : t('news.actions.publish')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
                {abilities.returnToDraft && (
                  <Button block onClick={() => askReason('return')}>
                    {t('news.actions.return')}
                  </Button>
                )}
                {abilities.unpublish && (
                  <Button danger block onClick={() => askReason('unpublish')}>
                    {t('news.actions.unpublish')}
                  </Button>
                )}
              </Space>
            </Card>
            <Card title={t('news.fields.cover')} style={{ marginTop: 16 }}>
              {article.hasCover && (
                <img src={`/api/v1/news/${article.id}/cover?v=${article.version}`} alt={article.title} style={{ maxWidth: '100%', marginBottom: 8 }} />
              )}
              {abilities.setCover && (
                <Upload
                  accept="image/png,image/jpeg"
                  showUploadList={false}
                  beforeUpload={(file) => (cover.mutate(file, { onError: () => void message.error(t('news.editor.coverFailed')) }), false)}
                >
                  <Button loading={cover.isPending}>{t('news.editor.chooseCover')}</Button>
                </Upload>
              )}
            </Card>
            {article.related.length > 0 && (
              <Card title={t('news.editor.related')} style={{ marginTop: 16 }}>
                {article.related.map((item) => (
                  <div key={item.id}>
                    <a href={newsEditPath(item.id)}>{item.title}</a>
                  </div>
                ))}
              </Card>
            )}
          </Col>
        )}
      </Row>
    </>
  );
}
