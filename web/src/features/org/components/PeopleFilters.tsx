import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonCategory } from '../../../shared/contracts';
import type { PersonStatusFilter } from '../api';
import { personCategories, personStatuses } from '../org-options';

interface PeopleFiltersProps {
  search: string;
  onSearchChange: (value: string) => void;
  category: PersonCategory | undefined;
  onCategoryChange: (value: PersonCategory | undefined) => void;
  status: PersonStatusFilter;
  onStatusChange: (value: PersonStatusFilter) => void;
}

/** Name search (diacritics optional), category and working status. */
export function PeopleFilters(props: PeopleFiltersProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap className="people-filters">
      <Input.Search
        allowClear
        className="people-search"
        placeholder={t('org.searchPlaceholder')}
        aria-label={t('org.searchPlaceholder')}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.target.value)}
      />
      <Select<PersonCategory>
        allowClear
        className="people-filter"
        aria-label={t('org.field.category')}
        placeholder={t('org.anyCategory')}
        value={props.category}
        onChange={props.onCategoryChange}
        options={personCategories.map((value) => ({ value, label: t(`org.category.${value}`) }))}
      />
      <Select<PersonStatusFilter>
        className="people-filter"
        aria-label={t('org.field.status')}
        value={props.status}
        onChange={props.onStatusChange}
        options={personStatuses.map((value) => ({ value, label: t(`org.status.${value}`) }))}
      />
    </Flex>
  );
}
