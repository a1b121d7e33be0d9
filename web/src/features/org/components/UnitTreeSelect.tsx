import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/contracts';
import { UnitPicker } from './UnitPicker';

interface UnitTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Units that may not be chosen, e.g. the one being edited. */
  isDisabled?: (unit: Unit) => boolean;
}

/** The unit field of a form: one active unit, with the organisation's placeholder. */
export function UnitTreeSelect(props: UnitTreeSelectProps) {
  const { t } = useTranslation();
  return <UnitPicker<string> {...props} placeholder={t('org.unitPlaceholder')} />;
}
