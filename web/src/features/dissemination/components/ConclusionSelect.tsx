import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api';
import type { ConclusionRef } from '../../../shared/contracts/dissemination';
import { formatDate } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/ui';

interface ConclusionSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** Picks a meeting conclusion not yet assigned, of a meeting the person sees; typing searches on the server, diacritics optional. */
export function ConclusionSelect({ id, value, onChange }: ConclusionSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const conclusions = useQuery({
    queryKey: ['meeting-conclusions', 'assignable', q],
    queryFn: ({ signal }) => api.get<{ items: ConclusionRef[] }>('/meeting-conclusions', q ? { q } : undefined, signal),
    staleTime: 60_000,
  });
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={conclusions.isFetching}
      placeholder={t('workAssign.conclusionPlaceholder')}
      notFoundContent={conclusions.isFetching ? <Spin size="small" /> : t('workAssign.conclusionEmpty')}
      options={(conclusions.data?.items ?? []).map((conclusion) => ({
        value: conclusion.id,
        label: t('workAssign.conclusionOption', {
          text: conclusion.text,
          meeting: conclusion.meeting.title,
          date: formatDate(conclusion.meeting.startsAt),
        }),
      }))}
    />
  );
}
