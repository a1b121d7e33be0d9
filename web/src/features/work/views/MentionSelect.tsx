import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui';
import { useMentionable } from './views-api';

/** "@": people to notify of a comment, among those who may see the task (the server checks again). */
export function MentionSelect({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const people = useMentionable(taskId, q);
  return (
    <Form.Item name="mentionIds" label={t('workViews.mentions')} extra={t('workViews.mentionsHelp')}>
      <Select
        mode="multiple"
        showSearch={{ filterOption: false, onSearch: setSearch }}
        loading={people.isFetching}
        options={(people.data?.items ?? []).map((person) => ({
          value: person.id,
          label: person.unitName ? `${person.fullName} — ${person.unitName}` : person.fullName,
        }))}
      />
    </Form.Item>
  );
}
