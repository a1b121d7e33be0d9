import { Button, Card, Empty, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../../shared/contracts/procedures';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { UnitPicker } from '../../org';
import { useMatrix } from '../api';
import { fileUrl } from '../paths';

type Item = Matrix['items'][number];
const isRed = (item: Item) => item.flag === 'no_person' || item.flag === 'person_left';

/** A unit's people against its procedure steps and plan targets; steps with nobody, or whose person left, in red. */
export function MatrixPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [unitId, setUnitId] = useState<string | undefined>(user.unitId ?? undefined);
  const matrix = useMatrix(unitId);
  const m = matrix.data;
  const columns = [
    {
      title: t('procedures.matrix.item'),
      key: 'item',
      fixed: 'left' as const,
      width: 280,
      render: (_: unknown, item: Item) => (
        <span>
          <Tag>{t(`procedures.matrix.kind.${item.kind}`)}</Tag> {item.group} — {item.label}{' '}
          {item.flag && <Tag color={isRed(item) ? 'red' : 'orange'}>{t(`procedures.matrix.flag.${item.flag}`)}</Tag>}
        </span>
      ),
    },
    ...(m?.people ?? []).map((person) => ({
      title: (
        <Tooltip title={person.position}>
          {person.fullName}
          {person.hasLeft ? ` (${t('procedures.matrix.left')})` : ''}
        </Tooltip>
      ),
      key: person.id,
      width: 110,
      align: 'center' as const,
      render: (_: unknown, item: Item) => (item.personId === person.id ? '●' : ''),
    })),
  ];
  return (
    <>
      <PageHeader
        title={t('procedures.matrix.title')}
        description={t('procedures.nav.matrixDescription')}
        extra={unitId && <Button href={fileUrl(`/responsibility/matrix.xlsx?unitId=${unitId}`)}>{t('procedures.matrix.export')}</Button>}
      />
      <Card>
        <UnitPicker<string>
          aria-label={t('procedures.matrix.chooseUnit')}
          placeholder={t('procedures.matrix.chooseUnit')}
          value={unitId}
          onChange={setUnitId}
          className="procedure-filter-unit"
        />
        {matrix.isError && <QueryErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} />}
        {m ? (
          <Table
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={m.items}
            pagination={false}
            scroll={{ x: 280 + m.people.length * 110 }}
            rowClassName={(item) => (isRed(item) ? 'procedure-matrix-red' : '')}
          />
        ) : (
          !matrix.isLoading && <Empty />
        )}
      </Card>
    </>
  );
}
