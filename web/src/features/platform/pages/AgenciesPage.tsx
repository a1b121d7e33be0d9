import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api';
import type { NewAgencyBody, PlatformAgency, PlatformAgencyList, SetupResult } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { FormDrawer, PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { AgencyFields } from '../../setup/public';

const agencyKeys = ['platform', 'agencies'] as const;

function CreateAgencyDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewAgencyBody>();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: NewAgencyBody) => api.post<SetupResult>('/platform/agencies', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyKeys }),
  });
  return (
    <FormDrawer<NewAgencyBody>
      title={t('platform.create')}
      open={open}
      onClose={onClose}
      form={form}
      savedText={t('platform.created')}
      onSubmit={create.mutateAsync}
    >
      <AgencyFields passwordHint={t('platform.passwordHint')} />
    </FormDrawer>
  );
}

/** "Cơ quan": each agency of the deployment with its size; adds an agency and its first administrator. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const [isCreating, setCreating] = useState(false);
  const agencies = useQuery({ queryKey: agencyKeys, queryFn: ({ signal }) => api.get<PlatformAgencyList>('/platform/agencies', {}, signal) });
  const count = (key: 'people' | 'units' | 'openTasks' | 'accounts') => ({ title: t(`platform.columns.${key}`), dataIndex: key, align: 'right' as const });
  return (
    <>
      <PageHeader
        title={t('platform.title')}
        description={t('platform.navDescription')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('platform.create')}
          </Button>
        }
      />
      <Card>
        {agencies.isError ? (
          <QueryErrorAlert error={agencies.error} onRetry={() => void agencies.refetch()} />
        ) : (
          <Table<PlatformAgency>
            rowKey="id"
            loading={agencies.isFetching}
            dataSource={agencies.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: t('platform.columns.name'), dataIndex: 'name' },
              { title: t('platform.columns.code'), dataIndex: 'code' },
              count('units'),
              count('people'),
              count('accounts'),
              count('openTasks'),
              { title: t('platform.columns.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
            ]}
          />
        )}
      </Card>
      <CreateAgencyDrawer open={isCreating} onClose={() => setCreating(false)} />
    </>
  );
}
