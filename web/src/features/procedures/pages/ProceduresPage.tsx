import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProcedureSummary, ProcedureVersionStatus } from '../../../shared/contracts/procedures';
import { isAllowed } from '../../../shared/modules';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { UnitPicker } from '../../org';
import { useProcedures } from '../api';
import { NEW_PROCEDURE_PATH, procedurePath } from '../paths';
import { WRITER_ROLES } from '../roles';

export const statusColor: Record<ProcedureVersionStatus, string> = {
  draft: 'default',
  submitted: 'gold',
  approved: 'cyan',
  published: 'green',
  superseded: 'default',
};
const statuses: ProcedureVersionStatus[] = ['draft', 'submitted', 'approved', 'published'];

/** The agency's procedures by code, filtered by unit, status and text (diacritics optional). */
export function ProceduresPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [search, setSearch] = useState(useSearchText());
  const q = useDebouncedValue(search, 300);
  const pages = useCursorPages(JSON.stringify([unitId, status, q]));
  const procedures = useProcedures({ unitId, status, q: q || undefined }, pages.cursor);
  const columns = [
    {
      title: t('procedures.field.code'),
      key: 'code',
      width: 140,
      render: (_: unknown, row: ProcedureSummary) => <Link to={procedurePath(row.id)}>{row.code}</Link>,
    },
    { title: t('procedures.field.title'), key: 'title', render: (_: unknown, row: ProcedureSummary) => <Link to={procedurePath(row.id)}>{row.title}</Link> },
    { title: t('procedures.field.unit'), key: 'unit', render: (_: unknown, row: ProcedureSummary) => row.unit.name },
    { title: t('procedures.field.edition'), key: 'edition', width: 100, render: (_: unknown, row: ProcedureSummary) => row.publishedEdition ?? '—' },
    {
      title: t('procedures.field.status'),
      key: 'status',
      render: (_: unknown, row: ProcedureSummary) => <Tag color={statusColor[row.latestStatus]}>{t(`procedures.status.${row.latestStatus}`)}</Tag>,
    },
    { title: t('procedures.field.running'), key: 'running', width: 120, render: (_: unknown, row: ProcedureSummary) => row.runningRuns },
  ];
  return (
    <>
      <PageHeader
        title={t('procedures.list.title')}
        description={t('procedures.nav.listDescription')}
        extra={
          isAllowed(user.roles, { roles: WRITER_ROLES }) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(NEW_PROCEDURE_PATH)}>
              {t('procedures.list.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={8} wrap className="procedure-filters">
          <Input.Search
            allowClear
            aria-label={t('procedures.list.search')}
            placeholder={t('procedures.list.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 320 }}
          />
          <UnitPicker<string>
            allowClear
            aria-label={t('procedures.field.unit')}
            placeholder={t('procedures.list.allUnits')}
            value={unitId}
            onChange={(value) => setUnitId(value || undefined)}
            className="procedure-filter-unit"
          />
          <Select
            allowClear
            aria-label={t('procedures.field.status')}
            placeholder={t('procedures.list.allStatuses')}
            value={status}
            onChange={setStatus}
            options={statuses.map((s) => ({ value: s, label: t(`procedures.status.${s}`) }))}
            style={{ minWidth: 180 }}
          />
        </Flex>
        {procedures.isError && <QueryErrorAlert error={procedures.error} onRetry={() => void procedures.refetch()} />}
        <Table
          rowKey="id"
          columns={columns}
          dataSource={procedures.data?.items ?? []}
          loading={procedures.isFetching}
          pagination={false}
          locale={{ emptyText: t('procedures.list.empty') }}
        />
        <CursorPager
          hasPrevious={pages.hasPrevious}
          nextCursor={procedures.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          isLoading={procedures.isFetching}
        />
      </Card>
    </>
  );
}
