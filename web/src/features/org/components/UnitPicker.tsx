import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/format';
import type { Unit } from '../../../shared/contracts';
import { useUnits } from '../api';
import { buildUnitTree, type UnitNode } from '../unit-tree';

interface UnitPickerProps<Value extends string | string[]> {
  id?: string;
  value?: Value;
  onChange?: (value: Value) => void;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  className?: string;
  /** Units that may not be chosen, e.g. the one being edited. */
  isDisabled?: (unit: Unit) => boolean;
}

interface Option {
  value: string;
  title: string;
  disabled: boolean;
  children: Option[];
}

/** One or several active units from the agency tree; typing filters names without caring about diacritics. */
export function UnitPicker<Value extends string | string[]>({ multiple, placeholder, className, isDisabled, ...props }: UnitPickerProps<Value>) {
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
      {...props}
      multiple={multiple}
      loading={units.isPending}
      treeData={buildUnitTree(units.data ?? []).map(toOption)}
      treeDefaultExpandAll
      showSearch={{ filterTreeNode: (input, node) => foldText(String(node.title)).includes(foldText(input)) }}
      placeholder={placeholder ?? t('work.picker.unit')}
      popupMatchSelectWidth={false}
      className={className ?? 'full-width'}
    />
  );
}
