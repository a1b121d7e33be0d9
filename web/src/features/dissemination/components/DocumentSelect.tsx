import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/ui';
import { useDocumentSearch } from '../api';

interface DocumentSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-label'?: string;
  /** Documents already chosen (editing a draft), shown before any search. */
  known?: { documentId: string; number: string | null; title: string }[];
}

/** Documents of the register, searched by number or title on the server (diacritics optional). */
export function DocumentSelect({ known = [], ...props }: DocumentSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const documents = useDocumentSearch(q);
  return (
    <Select
      {...props}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={documents.isFetching}
      options={[
        ...known.map((document) => ({ value: document.documentId, label: `${document.number ?? ''} — ${document.title}` })),
        ...(documents.data?.items ?? [])
          .filter((document) => !known.some((k) => k.documentId === document.id))
          .map((document) => ({ value: document.id, label: `${document.number} — ${document.title}` })),
      ]}
      className="full-width"
    />
  );
}
