import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountStates, grantableRoles, type Role } from '../../../shared/contracts';
import { UnitPicker } from '../../org';
import type { AccountFilters as Filters } from '../api';

interface AccountFiltersProps {
  value: Filters;
  onChange: (value: Filters) => void;
}

/** Search, role, unit and state; the search is sent as typed and matched without diacritics on the server. */
export function AccountFilters({ value, onChange }: AccountFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Flex gap={8} wrap className="accounts-filters">
      <Input.Search
        allowClear
        className="accounts-filter-search"
        aria-label={t('accounts.search')}
        placeholder={t('accounts.search')}
        onSearch={(q) => set({ q: q || undefined })}
      />
      <Select<Role>
        allowClear
        className="accounts-filter-select"
        aria-label={t('accounts.columns.roles')}
        placeholder={t('accounts.anyRole')}
        value={value.role}
        onChange={(role) => set({ role })}
        options={grantableRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <UnitPicker<string>
        allowClear
        className="accounts-filter-select"
        aria-label={t('accounts.columns.unit')}
        placeholder={t('accounts.anyUnit')}
        value={value.unitId}
        onChange={(unitId) => set({ unitId })}
      />
      <Select
        allowClear
        className="accounts-filter-select"
        aria-label={t('accounts.columns.state')}
        placeholder={t('accounts.anyState')}
        value={value.state}
        onChange={(state) => set({ state })}
        options={accountStates.map((state) => ({ value: state, label: t(`accounts.states.${state}`) }))}
      />
    </Flex>
  );
}
