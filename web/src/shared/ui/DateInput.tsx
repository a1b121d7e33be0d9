import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../format';

/** A date picker that reads and writes dd/mm/yyyy. */
export function DateInput(props: Omit<DatePickerProps<Dayjs, false>, 'format' | 'multiple'>) {
  const { t } = useTranslation();
  return <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} className="full-width" {...props} />;
}
