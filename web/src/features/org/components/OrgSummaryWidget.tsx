import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { UnitKind } from '../../../shared/contracts';
import { QueryErrorAlert } from '../../../shared/ui';
import { useUnits } from '../api';
import { ORG_PATH } from '../paths';

/** Home widget: how many units are active, by kind. */
export function OrgSummaryWidget() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useUnits();
  const active = (units.data ?? []).filter((unit) => unit.isActive && unit.parentId !== null);
  const byKind = new Map<UnitKind, number>();
  for (const unit of active) byKind.set(unit.kind, (byKind.get(unit.kind) ?? 0) + 1);

  return (
    <Card
      title={
        <span>
          <ApartmentOutlined /> {t('org.widget.title')}
        </span>
      }
      extra={
        <Button type="link" onClick={() => navigate(ORG_PATH)}>
          {t('home.open')}
        </Button>
      }
      className="home-widget"
    >
      {units.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {units.isError && <QueryErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      {units.data && (
        <Flex vertical gap={12}>
          <Statistic title={t('org.widget.activeUnits')} value={active.length} />
          <Flex gap={6} wrap>
            {[...byKind].map(([kind, count]) => (
              <Tag key={kind}>
                {t(`org.kind.${kind}`)}: {count}
              </Tag>
            ))}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
