import { Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { useQueue } from '../api';
import { ScorecardTable } from '../components/ScorecardTable';

type Step = 'review' | 'decision' | 'appeal';

/** "To review" (I assign their work), "to decide" (I head their unit) and appeals to answer. */
export function QueuePage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('review');
  const pages = useCursorPages(step);
  const queue = useQueue(step, pages.cursor);
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('evaluation.queue.title')} />
      <Tabs
        activeKey={step}
        onChange={(key) => setStep(key as Step)}
        items={(['review', 'decision', 'appeal'] as const).map((key) => ({ key, label: t(`evaluation.queue.${key}`) }))}
      />
      {queue.error && <QueryErrorAlert error={queue.error} />}
      <ScorecardTable rows={queue.data?.items ?? []} isLoading={queue.isPending} showPeriod />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={queue.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={queue.isFetching}
      />
    </Flex>
  );
}
