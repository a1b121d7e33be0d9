import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../api';

interface RecordLinkProps {
  /** The page to open. */
  to: string;
  /** The record's API address: the server answers it only to those who may open the record. */
  record: string;
  children: ReactNode;
}

/**
 * A link to another module's record, shown as a link only once the server has answered that this
 * person may open it (a record out of scope answers 404); otherwise the words stay plain text.
 */
export function RecordLink({ to, record, children }: RecordLinkProps) {
  const access = useQuery({
    queryKey: ['record-access', record],
    queryFn: ({ signal }) => api.get<unknown>(record, undefined, signal).then(() => true),
    retry: false,
    staleTime: 60_000,
  });
  if (access.data !== true) return <span className="record-link-text">{children}</span>;
  return <Link to={to}>{children}</Link>;
}
