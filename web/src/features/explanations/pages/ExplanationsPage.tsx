import { Empty, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { type ExplanationView, useExplanations } from '../api';
import { ExplanationCard } from '../components/ExplanationCard';

const VIEWS: ExplanationView[] = ['mine', 'requested', 'escalated'];

/** "Giải trình": what I must explain, what I asked, and what was escalated to me. */
export function ExplanationsPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<ExplanationView>('mine');
  const pages = useCursorPages(view);
  const list = useExplanations(view, pages.cursor);
  return (
    <>
      <PageHeader title={t('explanations.nav.list')} description={t('explanations.nav.listDescription')} />
      <Tabs activeKey={view} onChange={(key) => setView(key as ExplanationView)} items={VIEWS.map((key) => ({ key, label: t(`explanations.view.${key}`) }))} />
      {list.isPending && <Skeleton active />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Flex vertical gap={12}>
          {list.data.items.length === 0 && <Empty description={t('explanations.empty')} />}
          {list.data.items.map((explanation) => (
            <ExplanationCard key={explanation.id} explanation={explanation} />
          ))}
          <CursorPager
            hasPrevious={pages.hasPrevious}
            nextCursor={list.data.nextCursor}
            onPrevious={pages.previous}
            onNext={pages.next}
            isLoading={list.isFetching}
          />
        </Flex>
      )}
    </>
  );
}
