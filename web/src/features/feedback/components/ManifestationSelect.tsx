import { useQuery } from '@tanstack/react-query';
import { Input, Select } from 'antd';
import type { z } from 'zod';
import type { currentCatalogs } from '../../../../../contracts/conduct';
import { api } from '../../../shared/api';

type CurrentCatalogs = z.infer<typeof currentCatalogs>;

interface ManifestationSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  'aria-label'?: string;
}

/**
 * A manifestation from the current catalogs (conduct module). Roles that may not read the catalog
 * type the code instead; the server checks it either way.
 */
export function ManifestationSelect(props: ManifestationSelectProps) {
  const catalogs = useQuery({
    queryKey: ['conduct', 'catalogs', 'current'],
    queryFn: ({ signal }) => api.get<CurrentCatalogs>('/conduct/catalogs/current', undefined, signal),
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (catalogs.isError)
    return <Input {...props} value={props.value} onChange={(event) => props.onChange?.(event.target.value || undefined)} maxLength={40} placeholder="N1.01" />;
  const options = [catalogs.data?.directive, catalogs.data?.related]
    .filter((catalog) => catalog !== undefined)
    .map((catalog) => ({ label: catalog.title, options: catalog.items.map((item) => ({ value: item.code, label: `${item.code} · ${item.text}` })) }));
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={catalogs.isPending}
      options={options}
      popupMatchSelectWidth={false}
      placeholder="N1.01"
    />
  );
}
