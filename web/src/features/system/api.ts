import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { SystemStatus } from '../../shared/contracts/system-status';

export const useSystemStatus = () =>
  useQuery({ queryKey: ['system', 'status'], queryFn: ({ signal }) => api.get<SystemStatus>('/admin/system-status', undefined, signal) });
