import { Flex, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromIsoDate, toIsoDate } from '../../../shared/format';
import { DateInput } from '../../../shared/ui';
import type { AuditFilters as Filters } from '../api';
import { actionLabel, knownActions, knownSubjects, subjectLabel } from '../audit-labels';

interface AuditFiltersProps {
  value: Filters;
  onChange: (value: Filters) => void;
}

/** Action, subject and a date range (both ends inclusive). */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const dateOf = (date: Dayjs | null) => (date ? toIsoDate(date) : undefined);
  return (
    <Flex gap={8} wrap className="audit-filters">
      <Select<string>
        allowClear
        className="audit-filter-action"
        aria-label={t('audit.action')}
        placeholder={t('audit.anyAction')}
        value={value.action}
        onChange={(action) => set({ action })}
        options={knownActions.map((action) => ({ value: action, label: actionLabel(t, action) }))}
      />
      <Select<string>
        allowClear
        className="audit-filter-subject"
        aria-label={t('audit.subject')}
        placeholder={t('audit.anySubject')}
        value={value.subjectType}
        onChange={(subjectType) => set({ subjectType })}
        options={knownSubjects.map((subject) => ({ value: subject, label: subjectLabel(t, subject) }))}
      />
      <DateInput
        aria-label={t('audit.from')}
        placeholder={t('audit.from')}
        value={fromIsoDate(value.from)}
        onChange={(date) => set({ from: dateOf(date) })}
        className="audit-filter-date"
      />
      <DateInput
        aria-label={t('audit.to')}
        placeholder={t('audit.to')}
        value={fromIsoDate(value.to)}
        onChange={(date) => set({ to: dateOf(date) })}
        className="audit-filter-date"
      />
    </Flex>
  );
}
