import '../documents.css';
import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentKinds } from '../../../../../contracts/document-number';
import type { DocumentKind, DocumentView } from '../../../shared/contracts/documents';
import { formatDate } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { type DocumentFilters, useDocumentPage } from '../api';
import { DocumentFormDrawer } from '../components/DocumentFormDrawer';
import { KindTag } from '../components/KindTag';
import { PlanFormDrawer } from '../components/PlanFormDrawer';
import { documentPath } from '../paths';
import { PLAN_WRITER_ROLES, REGISTER_WRITER_ROLES } from '../roles';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';

/** The years a register filter offers: this year back to the directive's 2023 and a few before. */
const years = Array.from({ length: new Date().getFullYear() - 2015 + 1 }, (_, index) => new Date().getFullYear() - index);

/** "Sổ văn bản": newest first, filtered by kind and year, searched by number or title without diacritics. */
export function RegisterPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [kind, setKind] = useState<DocumentKind | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [search, setSearch] = useState(useSearchText());
  const [drawer, setDrawer] = useState<'document' | 'plan' | null>(null);
  const q = useDebouncedValue(search.trim(), 350);
  const filters: DocumentFilters = { kind, year, q: q || undefined };
  const pages = useCursorPages(JSON.stringify(filters));
  const documents = useDocumentPage(filters, pages.cursor);

  const columns = [
    { title: t('documents.field.number'), key: 'number', width: 150, render: (_: unknown, d: DocumentView) => <Link to={documentPath(d.id)}>{d.number}</Link> },
    { title: t('documents.field.kind'), key: 'kind', width: 130, render: (_: unknown, d: DocumentView) => <KindTag kind={d.kind} /> },
    {
      title: t('documents.field.title'),
      key: 'title',
      render: (_: unknown, d: DocumentView) => (
        <Flex vertical gap={2}>
          <Link to={documentPath(d.id)}>{d.title}</Link>
          {d.isPlan && (
            <span>
              <Tag color="blue">{t('documents.register.planTag')}</Tag>
            </span>
          )}
        </Flex>
      ),
    },
    { title: t('documents.field.issuingBody'), dataIndex: 'issuingBody', key: 'issuingBody', width: 220 },
    { title: t('documents.field.issueDate'), key: 'issueDate', width: 120, render: (_: unknown, d: DocumentView) => formatDate(d.issueDate) },
    { title: t('documents.field.currentVersion'), dataIndex: 'currentVersion', key: 'currentVersion', width: 110, align: 'center' as const },
  ];

  return (
    <>
      <PageHeader
        title={t('documents.register.title')}
        description={t('documents.nav.registerDescription')}
        extra={
          <>
            {isAllowed(user.roles, { roles: PLAN_WRITER_ROLES }) && (
              <Button icon={<FileAddOutlined aria-hidden />} onClick={() => setDrawer('plan')}>
                {t('documents.register.addPlan')}
              </Button>
            )}
            {isAllowed(user.roles, { roles: REGISTER_WRITER_ROLES }) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer('document')}>
                {t('documents.register.add')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap className="documents-filters">
          <Input.Search
            allowClear
            placeholder={t('documents.register.search')}
            aria-label={t('documents.register.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            className="documents-filter-search"
          />
          <Select<DocumentKind | undefined>
            allowClear
            aria-label={t('documents.field.kind')}
            placeholder={t('documents.register.allKinds')}
            value={kind}
            onChange={setKind}
            options={documentKinds.map((value) => ({ value, label: t(`documents.kind.${value}`) }))}
            className="documents-filter"
          />
          <Select<number | undefined>
            allowClear
            aria-label={t('documents.field.year')}
            placeholder={t('documents.register.allYears')}
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value, label: String(value) }))}
            className="documents-filter"
          />
          <ExportButton path="/documents" query={filters} />
        </Flex>
        {documents.isError ? (
          <QueryErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />
        ) : (
          <>
            <Table<DocumentView>
              rowKey="id"
              columns={columns}
              dataSource={documents.data?.items ?? []}
              loading={documents.isFetching}
              pagination={false}
              locale={{ emptyText: <Typography.Text type="secondary">{t('documents.register.empty')}</Typography.Text> }}
              scroll={{ x: 900 }}
            />
            <CursorPager
              hasPrevious={pages.hasPrevious}
              nextCursor={documents.data?.nextCursor}
              onPrevious={pages.previous}
              onNext={pages.next}
              isLoading={documents.isFetching}
            />
          </>
        )}
      </Card>
      <DocumentFormDrawer open={drawer === 'document'} onClose={() => setDrawer(null)} />
      <PlanFormDrawer open={drawer === 'plan'} onClose={() => setDrawer(null)} />
    </>
  );
}
