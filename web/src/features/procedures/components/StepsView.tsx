import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../../shared/contracts/procedures';

/** The step table as read: TT, step, who is responsible, the limit, outputs. */
export function StepsView({ steps }: { steps: Step[] }) {
  const { t } = useTranslation();
  const columns = [
    { title: t('procedures.field.position'), dataIndex: 'position', width: 48 },
    {
      title: t('procedures.field.stepName'),
      key: 'name',
      render: (_: unknown, s: Step) => (
        <>
          {s.name}
          {s.isParallel && <Tag className="procedure-tag">{t('procedures.field.parallel')}</Tag>}
        </>
      ),
    },
    { title: t('procedures.field.stepUnit'), key: 'unit', render: (_: unknown, s: Step) => [s.unit.name, s.responsiblePosition].filter(Boolean).join(' — ') },
    {
      title: t('procedures.field.person'),
      key: 'person',
      render: (_: unknown, s: Step) =>
        s.defaultPerson ? (
          <>
            {s.defaultPerson.fullName}
            {s.defaultPerson.hasLeft && <Tag color="red">{t('procedures.matrix.left')}</Tag>}
          </>
        ) : (
          <Tag color="red">{t('procedures.matrix.flag.no_person')}</Tag>
        ),
    },
    { title: t('procedures.field.limit'), key: 'limit', render: (_: unknown, s: Step) => `${s.limitValue} ${t(`procedures.limitUnit.${s.limitUnit}`)}` },
    { title: t('procedures.field.inputs'), dataIndex: 'inputs' },
    { title: t('procedures.field.outputs'), dataIndex: 'outputs' },
  ];
  return <Table rowKey="id" size="small" columns={columns} dataSource={steps} pagination={false} />;
}
