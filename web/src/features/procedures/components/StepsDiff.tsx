import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../../shared/contracts/procedures';
import { diffSteps, type DiffRow } from '../steps-diff';

const color = { same: 'default', changed: 'gold', added: 'green', removed: 'red' } as const;

/** Two editions' step tables side by side, each row marked new, removed, changed or unchanged. */
export function StepsDiff({ left, right, leftTitle, rightTitle }: { left: Step[]; right: Step[]; leftTitle: string; rightTitle: string }) {
  const { t } = useTranslation();
  const rows = diffSteps(left, right);
  const describe = (step: Step | null) =>
    step
      ? `${step.position}. ${step.name} — ${step.unit.name}${step.defaultPerson ? `, ${step.defaultPerson.fullName}` : ''} — ${step.limitValue} ${t(`procedures.limitUnit.${step.limitUnit}`)}`
      : '';
  const columns = [
    { title: leftTitle, key: 'left', render: (_: unknown, row: DiffRow) => describe(row.left) },
    { title: rightTitle, key: 'right', render: (_: unknown, row: DiffRow) => describe(row.right) },
    { title: '', key: 'kind', width: 140, render: (_: unknown, row: DiffRow) => <Tag color={color[row.kind]}>{t(`procedures.diff.${row.kind}`)}</Tag> },
  ];
  return <Table rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} rowClassName={(row) => `procedure-diff-${row.kind}`} />;
}
