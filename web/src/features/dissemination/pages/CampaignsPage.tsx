import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Progress, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignListItem } from '../../../shared/contracts/dissemination';
import { formatDate } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useCampaigns } from '../api';
import { CreateCampaignDrawer } from '../components/CreateCampaignDrawer';
import { campaignPath } from '../paths';
import { ORGANISER_ROLES } from '../roles';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';

const statusColor = { draft: 'default', launched: 'blue', closed: 'green' } as const;

/** The campaigns the viewer organises or follows, newest first, with their coverage. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [search, setSearch] = useState(useSearchText());
  // Searched on the server without diacritics, as the task and document lists are.
  const q = useDebouncedValue(search.trim(), 350);
  const pages = useCursorPages(`campaigns:${q}`);
  const campaigns = useCampaigns(pages.cursor, q);
  const [isCreating, setCreating] = useState(false);
  const columns = [
    { title: t('dissemination.create.name'), key: 'title', render: (_: unknown, row: CampaignListItem) => <Link to={campaignPath(row.id)}>{row.title}</Link> },
    { title: t('dissemination.campaigns.unit'), key: 'unit', render: (_: unknown, row: CampaignListItem) => row.unit.name },
    {
      title: t('work.field.status'),
      key: 'status',
      render: (_: unknown, row: CampaignListItem) => <Tag color={statusColor[row.status]}>{t(`dissemination.status.${row.status}`)}</Tag>,
    },
    {
      title: t('dissemination.dueDate'),
      key: 'due',
      render: (_: unknown, row: CampaignListItem) => (row.deadline.dueDate ? formatDate(row.deadline.dueDate) : `${row.deadline.workingDays ?? ''}`),
    },
    {
      title: t('dissemination.campaigns.coverage'),
      key: 'coverage',
      render: (_: unknown, row: CampaignListItem) =>
        row.totals && row.totals.assigned > 0 ? (
          <span>
            <Progress
              percent={Math.round((row.totals.acknowledged * 100) / row.totals.assigned)}
              size="small"
              aria-label={t('dissemination.campaigns.coverage')}
            />
            {t('dissemination.detail.coverageOf', { done: row.totals.acknowledged, assigned: row.totals.assigned })}
          </span>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('dissemination.campaigns.title')}
        description={t('dissemination.nav.campaignsDescription')}
        extra={
          isAllowed(user.roles, { roles: ORGANISER_ROLES }) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('dissemination.campaigns.create')}
            </Button>
          )
        }
      />
      <Card extra={<ExportButton path="/campaigns" query={q ? { q } : {}} />}>
        <Input.Search
          allowClear
          placeholder={t('dissemination.campaigns.search')}
          aria-label={t('dissemination.campaigns.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ maxWidth: 360, marginBottom: 12 }}
        />
        {campaigns.isError && <QueryErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
        <Table
          rowKey="id"
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={campaigns.data?.items ?? []}
          loading={campaigns.isFetching}
          pagination={false}
          locale={{ emptyText: t('dissemination.campaigns.empty') }}
        />
        <CursorPager
          hasPrevious={pages.hasPrevious}
          nextCursor={campaigns.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          isLoading={campaigns.isFetching}
        />
      </Card>
      <CreateCampaignDrawer open={isCreating} onClose={() => setCreating(false)} />
    </>
  );
}
