import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui';
import { usePeopleSearch } from '../api';

export interface PersonRef {
  id: string;
  fullName: string;
}

interface Option {
  value: string;
  label: string;
  detail?: string;
}

interface PersonSelectProps<Value extends string | string[]> {
  id?: string;
  value?: Value;
  onChange?: (value: Value) => void;
  multiple?: Value extends string[] ? true : false;
  /** Only people of this unit and its sub-units. */
  unitId?: string;
  /** Names of people who may already be chosen, so they show before any search. */
  known?: PersonRef[];
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
  className?: string;
}

/** Picks people within the viewer's scope; typing searches names on the server, diacritics optional. */
export function PersonSelect<Value extends string | string[]>({ multiple, unitId, known = [], placeholder, ...props }: PersonSelectProps<Value>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 300);
  const people = usePeopleSearch(query, unitId);
  const [remembered, setRemembered] = useState<Option[]>([]);

  const found: Option[] = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.fullName,
    detail: [person.position, person.unit.name].filter(Boolean).join(' · '),
  }));
  const chosen = new Set(([] as string[]).concat(props.value ?? []));
  const extra = [...known.map((person) => ({ value: person.id, label: person.fullName })), ...remembered].filter(
    (option, index, all) =>
      chosen.has(option.value) && !found.some((f) => f.value === option.value) && all.findIndex((o) => o.value === option.value) === index,
  );
  const remember = (options: Option | Option[] | undefined) => {
    const list = ([] as Option[]).concat(options ?? []).filter((option) => option.label);
    setRemembered((current) => [...list, ...current].slice(0, 100));
  };

  return (
    <Select<Value, Option>
      {...props}
      mode={multiple ? 'multiple' : undefined}
      onChange={(value, option) => {
        remember(option as Option | Option[]);
        props.onChange?.(value);
      }}
      options={[...extra, ...found]}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(isOpen) => !isOpen && setSearch('')}
      placeholder={placeholder ?? t('work.picker.person')}
      notFoundContent={people.isFetching ? <Spin size="small" /> : t('work.picker.noPeople')}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.detail && (
            <Typography.Text type="secondary" className="person-option-detail">
              {option.data.detail}
            </Typography.Text>
          )}
        </div>
      )}
      className={props.className ?? 'full-width'}
    />
  );
}
