import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/format';
import { buildUnitTree, type UnitNode, useUnits } from '../../org';

interface UnitPickerProps<Value extends string | string[]> {
  id?: string;
  value?: Value;
  onChange?: (value: Value) => void;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  className?: string;
}

interface Option {
  value: string;
  title: string;
  disabled: boolean;
  children: Option[];
}

const toOption = ({ unit, children }: UnitNode): Option => ({ value: unit.id, title: unit.name, disabled: !unit.isActive, children: children.map(toOption) });

/** One or several active units from the agency tree; typing filters names without caring about diacritics. */
export function UnitPicker<Value extends string | string[]>({ multiple, placeholder, className, ...props }: UnitPickerProps<Value>) {
  const { t } = useTranslation();
  const units = useUnits();
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
