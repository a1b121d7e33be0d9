import '../audit.css';
import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { type AuditFilters as Filters, useAuditPage, useVerifyAudit } from '../api';
import { AuditFilters } from '../components/AuditFilters';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { AuditTable } from '../components/AuditTable';
import { VerifyChainButton, VerifyChainResult } from '../components/VerifyChain';

/** The tamper-evident log of who did what, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const pages = useCursorPages(JSON.stringify(filters));
  const events = useAuditPage(filters, pages.cursor);
  const verify = useVerifyAudit();

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('nav.auditDescription')} extra={<VerifyChainButton verify={verify} />} />
      <Flex vertical gap={16}>
        <VerifyChainResult verify={verify} />
        <Card extra={<ExportButton path="/audit" query={filters} />}>
          <AuditFilters value={filters} onChange={setFilters} />
          {events.isError ? (
            <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />
          ) : (
            <>
              <AuditTable events={events.data?.items ?? []} isLoading={events.isFetching} />
              <CursorPager
                hasPrevious={pages.hasPrevious}
                nextCursor={events.data?.nextCursor}
                onPrevious={pages.previous}
                onNext={pages.next}
                isLoading={events.isFetching}
              />
            </>
          )}
        </Card>
      </Flex>
    </>
  );
}
