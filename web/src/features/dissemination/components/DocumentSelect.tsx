import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/ui';
import { useDocumentSearch } from '../api';

interface DocumentSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-label'?: string;
}

/** Documents of the register, searched by number or title on the server (diacritics optional). */
export function DocumentSelect(props: DocumentSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const documents = useDocumentSearch(q);
  return (
    <Select
      {...props}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={documents.isFetching}
      options={(documents.data?.items ?? []).map((document) => ({ value: document.id, label: `${document.number} — ${document.title}` }))}
      className="full-width"
    />
  );
}
