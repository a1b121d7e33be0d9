import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../shared/contracts/documents';
import { useDebouncedValue } from '../../../shared/ui';
import { documentKeys, fetchDocumentPage } from '../api';

interface DocumentSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  kind?: DocumentKind;
  excludeId?: string;
  'aria-label'?: string;
}

/** Picks a document of the register; typing searches number and title on the server, diacritics optional. */
export function DocumentSelect({ kind, excludeId, ...props }: DocumentSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const filters = { kind, q: q || undefined };
  const documents = useQuery({
    queryKey: [...documentKeys.list(filters, undefined), 'picker'],
    queryFn: ({ signal }) => fetchDocumentPage(filters, undefined, 20, signal),
  });
  const options = (documents.data?.items ?? [])
    .filter((document) => document.id !== excludeId)
    .map((document) => ({ value: document.id, label: `${document.number} — ${document.title}` }));
  return (
    <Select
      {...props}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('documents.relationForm.targetPlaceholder')}
      notFoundContent={documents.isFetching ? <Spin size="small" /> : null}
      className="full-width"
    />
  );
}
