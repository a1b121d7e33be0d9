import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { targetLookupResponse } from '../../../../../contracts/plans';
import { api } from '../../../shared/api';
import { formatDate } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/ui';
import { ConclusionSelect } from '../../dissemination/public';
import { DocumentSelect } from '../../documents/public';

type TargetLookup = z.infer<typeof targetLookupResponse>;
export type PickableSourceKind = 'ad_hoc' | 'plan_target' | 'document' | 'meeting_conclusion';
const pickableKinds: PickableSourceKind[] = ['ad_hoc', 'plan_target', 'document', 'meeting_conclusion'];

/**
 * Where the task comes from: ad hoc, a plan target the assigner may assign work for, a document of the
 * register, or a meeting conclusion not yet assigned; each picker searches on the server, in the person's scope.
 */
export function TaskSourceField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<PickableSourceKind | undefined>('sourceKind', form);
  return (
    <>
      <Form.Item label={t('workAssign.sourceKind')} name="sourceKind" extra={t('workAssign.sourceHint')}>
        {/* Another kind names another record: the one picked for the previous kind goes. */}
        <Select<PickableSourceKind>
          onChange={() => form.setFieldValue('sourceId', undefined)}
          options={pickableKinds.map((value) => ({ value, label: t(`workAssign.sourceKinds.${value}`) }))}
        />
      </Form.Item>
      {kind === 'plan_target' && (
        <Form.Item label={t('workAssign.target')} name="sourceId" rules={[{ required: true, message: t('workAssign.targetRequired') }]}>
          <TargetSelect />
        </Form.Item>
      )}
      {kind === 'document' && (
        <Form.Item label={t('workAssign.document')} name="sourceId" rules={[{ required: true, message: t('workAssign.documentRequired') }]}>
          <DocumentSelect />
        </Form.Item>
      )}
      {kind === 'meeting_conclusion' && (
        <Form.Item label={t('workAssign.conclusion')} name="sourceId" rules={[{ required: true, message: t('workAssign.conclusionRequired') }]}>
          <ConclusionSelect />
        </Form.Item>
      )}
    </>
  );
}

function TargetSelect({ value, onChange, id }: { value?: string; onChange?: (value: string) => void; id?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const targets = useQuery({
    queryKey: ['plan-targets', 'assignable', q],
    queryFn: ({ signal }) => api.get<TargetLookup>('/plan-targets', q ? { q } : undefined, signal),
    staleTime: 60_000,
  });
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      loading={targets.isFetching}
      placeholder={t('workAssign.targetPlaceholder')}
      notFoundContent={targets.isFetching ? null : t('workAssign.targetEmpty')}
      options={(targets.data?.items ?? []).map((target) => ({
        value: target.id,
        label: t('workAssign.targetOption', { metric: target.metric, plan: target.plan.number, deadline: formatDate(target.deadline) }),
      }))}
    />
  );
}
