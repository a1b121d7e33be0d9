import '../conduct.css';
import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CatalogVersion } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useCatalogVersions, useCurrentCatalogs } from '../api';
import { CatalogImport } from '../components/CatalogImport';
import { SignalMappings } from '../components/SignalMappings';
import { CATALOG_ADMIN_ROLES } from '../roles';
import { CatalogItemText } from '../components/CatalogItemText';

function CatalogTable({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      {catalog.status === 'draft' ? (
        <Alert type="warning" showIcon title={t('conduct.catalog.draftWarning')} description={t('conduct.catalog.draftText')} />
      ) : (
        <Tag color="green">{t('conduct.catalog.official')}</Tag>
      )}
      <Flex justify="end">
        <ExportButton path={`/conduct/catalogs/${catalog.id}`} query={{}} />
      </Flex>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={catalog.items}
        columns={[
          {
            title: t('conduct.catalog.group'),
            key: 'group',
            width: 200,
            render: (_: unknown, item: Catalog['items'][number]) => item.groupTitle ?? item.groupCode,
          },
          {
            title: t('conduct.catalog.text'),
            key: 'text',
            render: (_: unknown, item: Catalog['items'][number]) => <CatalogItemText code={item.code} text={item.text} />,
          },
          {
            title: t('conduct.catalog.itemSource'),
            key: 'source',
            width: 240,
            render: (_: unknown, item: Catalog['items'][number]) => item.source ?? t('common.none'),
          },
        ]}
      />
    </Flex>
  );
}

/** The catalogs as currently used, their versions, the administrator's import and the signal mapping. */
export function CatalogPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const current = useCurrentCatalogs();
  const versions = useCatalogVersions();
  const [isImporting, setImporting] = useState(false);
  const isAdmin = isAllowed(user.roles, { roles: CATALOG_ADMIN_ROLES });
  if (current.isPending) return <Skeleton active />;
  if (current.isError) return <QueryErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('conduct.catalog.title')}
        description={t('conduct.catalog.description')}
        extra={
          isAdmin && (
            <Button type="primary" icon={<CloudUploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('conduct.catalog.import')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Tabs
            items={(['directive', 'related'] as const).map((kind) => ({
              key: kind,
              label: `${t(`conduct.catalog.${kind}`)} · ${current.data[kind].version}`,
              children: <CatalogTable catalog={current.data[kind]} />,
            }))}
          />
        </Card>
        <SignalMappings catalogs={current.data} canEdit={isAdmin} />
        <Card size="small" title={t('conduct.catalog.versions')}>
          <Table<CatalogVersion>
            size="small"
            rowKey="id"
            pagination={false}
            loading={versions.isPending}
            dataSource={versions.data ?? []}
            columns={[
              { title: t('conduct.catalog.kind'), key: 'kind', render: (_, row) => t(`conduct.catalog.${row.kind}`) },
              {
                title: t('conduct.catalog.version'),
                key: 'version',
                render: (_, row) => (
                  <>
                    {row.version} {row.isCurrent && <Tag color="blue">{t('conduct.catalog.current')}</Tag>}
                  </>
                ),
              },
              { title: t('conduct.catalog.items'), dataIndex: 'itemCount', width: 110 },
              { title: t('conduct.catalog.importedBy'), key: 'by', render: (_, row) => `${row.importedByName} · ${formatDateTime(row.createdAt)}` },
            ]}
          />
        </Card>
      </Flex>
      {isAdmin && <CatalogImport open={isImporting} onClose={() => setImporting(false)} />}
    </>
  );
}
