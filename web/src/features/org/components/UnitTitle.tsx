import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/contracts';

const kindColors: Record<Unit['kind'], string> = {
  agency: 'red',
  party_committee: 'volcano',
  party_cell: 'gold',
  department: 'blue',
  office: 'cyan',
};

/** A unit's name with its kind, greyed out when inactive. */
export function UnitTitle({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <span className={unit.isActive ? 'unit-title' : 'unit-title muted'}>
      <span className="unit-title-name">{unit.name}</span>
      <Tag color={unit.isActive ? kindColors[unit.kind] : 'default'} className="unit-kind-tag">
        {t(`org.kind.${unit.kind}`)}
      </Tag>
      {!unit.isActive && <Tag className="unit-kind-tag">{t('org.inactive')}</Tag>}
    </span>
  );
}
