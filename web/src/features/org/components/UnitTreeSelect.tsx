import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/format';
import type { Unit } from '../../../shared/contracts';
import { useUnits } from '../api';
import { buildUnitTree, type UnitNode } from '../unit-tree';

interface UnitTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Units that may not be chosen, e.g. the one being edited. */
  isDisabled?: (unit: Unit) => boolean;
}

interface Option {
  value: string;
  title: string;
  disabled: boolean;
  children: Option[];
}

/** Picks one active unit from the tree; typing filters names without caring about diacritics. */
export function UnitTreeSelect({ id, value, onChange, isDisabled }: UnitTreeSelectProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const toOption = ({ unit, children }: UnitNode): Option => ({
    value: unit.id,
    title: unit.name,
    disabled: !unit.isActive || Boolean(isDisabled?.(unit)),
    children: children.map(toOption),
  });
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      loading={units.isPending}
      treeData={buildUnitTree(units.data ?? []).map(toOption)}
      treeDefaultExpandAll
      showSearch={{ filterTreeNode: (input, node) => foldText(String(node.title)).includes(foldText(input)) }}
      placeholder={t('org.unitPlaceholder')}
      popupMatchSelectWidth={false}
      className="full-width"
    />
  );
}
