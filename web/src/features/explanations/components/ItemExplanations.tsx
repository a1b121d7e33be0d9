import { Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExplanationItemKind } from '../../../shared/contracts/explanations';
import { QueryErrorAlert } from '../../../shared/ui';
import { useItemExplanations } from '../api';
import { ExplanationCard } from './ExplanationCard';

/** The explanations asked about one item, on that item's page; nothing when there are none. */
export function ItemExplanations({ itemKind, itemId }: { itemKind: ExplanationItemKind; itemId: string }) {
  const { t } = useTranslation();
  const explanations = useItemExplanations(itemKind, itemId);
  if (explanations.isPending) return <Skeleton active />;
  if (explanations.isError) return <QueryErrorAlert error={explanations.error} onRetry={() => void explanations.refetch()} />;
  if (explanations.data.items.length === 0) return null;
  return (
    <Card title={t('explanations.itemTitle')} size="small">
      <Flex vertical gap={8}>
        {explanations.data.items.map((explanation) => (
          <ExplanationCard key={explanation.id} explanation={explanation} />
        ))}
      </Flex>
    </Card>
  );
}
