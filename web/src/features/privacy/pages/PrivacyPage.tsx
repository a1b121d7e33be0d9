import '../privacy.css';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyRequestStates } from '../../../../../contracts/privacy-vocabulary';
import type { PrivacyRequestState } from '../../../shared/contracts/privacy';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { usePrivacyRequests } from '../api';
import { DecideDrawer, type PendingDecision } from '../components/DecideDrawer';
import { ExportCard } from '../components/ExportCard';
import { NewRequestDrawer } from '../components/NewRequestDrawer';
import { RequestsTable } from '../components/RequestsTable';

/** Dữ liệu cá nhân: the register of requests (overdue ones in red) and the export of one person's data. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<PrivacyRequestState | undefined>();
  const pages = useCursorPages(state ?? '');
  const requests = usePrivacyRequests(state, pages.cursor);
  const [isAdding, setAdding] = useState(false);
  const [pending, setPending] = useState<PendingDecision | null>(null);

  return (
    <>
      <PageHeader
        title={t('privacy.nav.title')}
        description={t('privacy.nav.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('privacy.register.add')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card
          title={t('privacy.register.title')}
          extra={
            <Select<PrivacyRequestState>
              allowClear
              value={state}
              onChange={setState}
              placeholder={t('privacy.register.allStates')}
              aria-label={t('privacy.field.state')}
              className="privacy-state-filter"
              options={privacyRequestStates.map((value) => ({ value, label: t(`privacy.state.${value}`) }))}
            />
          }
        >
          {requests.isError ? (
            <QueryErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
          ) : (
            <>
              <RequestsTable
                requests={requests.data?.items ?? []}
                isLoading={requests.isFetching}
                onDecide={(request, action) => setPending({ request, action })}
              />
              <CursorPager
                hasPrevious={pages.hasPrevious}
                nextCursor={requests.data?.nextCursor}
                onPrevious={pages.previous}
                onNext={pages.next}
                isLoading={requests.isFetching}
              />
            </>
          )}
        </Card>
        <ExportCard />
      </Flex>
      <NewRequestDrawer open={isAdding} onClose={() => setAdding(false)} />
      <DecideDrawer pending={pending} onClose={() => setPending(null)} />
    </>
  );
}
