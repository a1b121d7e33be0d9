import { TeamOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonCategory } from '../../../shared/contracts';
import { CursorPager, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { type PeopleFilters as Filters, type PersonStatusFilter, usePeoplePage } from '../api';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import type { PersonAction } from './PersonActions';

interface PeoplePanelProps {
  unitId: string | undefined;
  onAction: (action: PersonAction, person: Person) => void;
}

/** The people list with search and filters, paged by cursor ("Trang trước" / "Trang sau"). */
export function PeoplePanel({ unitId, onAction }: PeoplePanelProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(useSearchText());
  const [category, setCategory] = useState<PersonCategory>();
  const [status, setStatus] = useState<PersonStatusFilter>('active');
  const q = useDebouncedValue(search.trim());
  const filters: Filters = { q: q || undefined, unitId, category, status };
  const pages = useCursorPages(JSON.stringify(filters));
  const people = usePeoplePage(filters, pages.cursor);

  return (
    <Card
      title={
        <span>
          <TeamOutlined /> {t('org.people')}
        </span>
      }
      extra={<ExportButton path="/people" query={filters} />}
    >
      <PeopleFilters search={search} onSearchChange={setSearch} category={category} onCategoryChange={setCategory} status={status} onStatusChange={setStatus} />
      {people.isError ? (
        <QueryErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <>
          <PeopleTable people={people.data?.items ?? []} isLoading={people.isFetching} onAction={onAction} />
          <CursorPager
            hasPrevious={pages.hasPrevious}
            nextCursor={people.data?.nextCursor}
            onPrevious={pages.previous}
            onNext={pages.next}
            isLoading={people.isFetching}
          />
        </>
      )}
    </Card>
  );
}
