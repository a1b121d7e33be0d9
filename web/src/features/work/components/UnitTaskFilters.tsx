import { Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TaskSignalKind, TaskStatus } from '../../../shared/contracts';
import { fromIsoDate, toIsoDate } from '../../../shared/format';
import { DateInput } from '../../../shared/ui';
import type { TaskFilters } from '../api';
import { signalKinds, taskStatuses } from '../work-labels';
import { PersonSelect, UnitPicker } from '../../org';

interface UnitTaskFiltersProps {
  value: TaskFilters;
  onChange: (value: TaskFilters) => void;
  /** The search box text, applied once typing pauses. */
  search: string;
  onSearchChange: (value: string) => void;
}

/** Unit (with its sub-units), owner, statuses, warning, due range and a title search. */
export function UnitTaskFilters({ value, onChange, search, onSearchChange }: UnitTaskFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<TaskFilters>) => onChange({ ...value, ...patch });
  const dateOf = (date: Dayjs | null) => (date ? toIsoDate(date) : undefined);
  return (
    <Flex gap={8} wrap className="work-filters">
      <Input.Search
        allowClear
        className="work-filter-search"
        placeholder={t('work.unitBoard.search')}
        aria-label={t('work.unitBoard.search')}
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
      />
      <UnitPicker<string>
        allowClear
        className="work-filter"
        aria-label={t('work.field.unit')}
        placeholder={t('work.unitBoard.anyUnit')}
        value={value.unitId}
        onChange={(unitId) => set({ unitId })}
      />
      <PersonSelect<string>
        allowClear
        className="work-filter"
        aria-label={t('work.field.owner')}
        placeholder={t('work.unitBoard.anyOwner')}
        unitId={value.unitId}
        value={value.ownerId}
        onChange={(ownerId) => set({ ownerId })}
      />
      <Select<TaskStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="work-filter-status"
        aria-label={t('work.field.status')}
        placeholder={t('work.unitBoard.anyStatus')}
        value={value.status ?? []}
        onChange={(status) => set({ status: status.length > 0 ? status : undefined })}
        options={taskStatuses.map((status) => ({ value: status, label: t(`work.status.${status}`) }))}
      />
      <Select<TaskSignalKind>
        allowClear
        className="work-filter"
        aria-label={t('work.field.signals')}
        placeholder={t('work.unitBoard.anySignal')}
        value={value.signal}
        onChange={(signal) => set({ signal })}
        options={signalKinds.map((signal) => ({ value: signal, label: t(`work.signal.${signal}`) }))}
      />
      <DateInput
        aria-label={t('work.unitBoard.dueFrom')}
        placeholder={t('work.unitBoard.dueFrom')}
        className="work-filter-date"
        value={fromIsoDate(value.dueFrom)}
        onChange={(date) => set({ dueFrom: dateOf(date) })}
      />
      <DateInput
        aria-label={t('work.unitBoard.dueTo')}
        placeholder={t('work.unitBoard.dueTo')}
        className="work-filter-date"
        value={fromIsoDate(value.dueTo)}
        onChange={(date) => set({ dueTo: dateOf(date) })}
      />
    </Flex>
  );
}
