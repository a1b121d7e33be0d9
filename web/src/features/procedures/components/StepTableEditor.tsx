import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, InputNumber, Select, Table } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step, StepInput } from '../../../shared/contracts/procedures';
import { PersonSelect, UnitPicker } from '../../org';
import { moveStep } from '../steps-order';

export type EditableStep = StepInput & { key: string; known?: Step['defaultPerson'] };

interface StepTableEditorProps {
  steps: EditableStep[];
  onChange: (steps: EditableStep[]) => void;
  defaultUnitId?: string;
}

/**
 * The step table as editable rows, the order being the table's order: a row is dragged by its
 * handle (native drag and drop) onto another row, or moved with the up and down buttons from the keyboard.
 */
export function StepTableEditor({ steps, onChange, defaultUnitId }: StepTableEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<EditableStep>) => onChange(steps.map((step, i) => (i === index ? { ...step, ...change } : step)));
  const move = (index: number, by: -1 | 1) => onChange(moveStep(steps, index, index + by));
  const [drag, setDrag] = useState<{ from: number; over: number | null } | null>(null);
  const startDrag = (event: DragEvent<HTMLElement>, index: number) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', String(index + 1));
    const row = event.currentTarget.closest('tr');
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
    setDrag({ from: index, over: null });
  };
  const dropTargetClass = (index: number) => {
    if (!drag || drag.over !== index || drag.from === index) return undefined;
    return drag.from < index ? 'procedure-step-drop-after' : 'procedure-step-drop-before';
  };
  const rowProps = (_: EditableStep, index?: number) => ({
    className: index === undefined ? undefined : dropTargetClass(index),
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!drag || index === undefined) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (drag.over !== index) setDrag({ ...drag, over: index });
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!drag || index === undefined) return;
      event.preventDefault();
      onChange(moveStep(steps, drag.from, index));
      setDrag(null);
    },
  });
  const add = () =>
    onChange([
      ...steps,
      { key: crypto.randomUUID(), name: '', unitId: defaultUnitId ?? '', limitValue: 1, limitUnit: 'working_days', needsAcceptance: true, isParallel: false },
    ]);
  const columns = [
    {
      title: t('procedures.field.position'),
      key: 'position',
      width: 64,
      render: (_: unknown, __: EditableStep, index: number) => (
        <span
          className="procedure-step-handle"
          draggable
          title={t('procedures.editor.dragHint')}
          onDragStart={(event) => startDrag(event, index)}
          onDragEnd={() => setDrag(null)}
        >
          <HolderOutlined aria-hidden /> {index + 1}
        </span>
      ),
    },
    {
      title: t('procedures.field.stepName'),
      key: 'name',
      width: 220,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Input.TextArea
          autoSize
          aria-label={`${t('procedures.field.stepName')} ${index + 1}`}
          value={step.name}
          onChange={(e) => update(index, { name: e.target.value })}
        />
      ),
    },
    {
      title: t('procedures.field.stepUnit'),
      key: 'unit',
      width: 200,
      render: (_: unknown, step: EditableStep, index: number) => (
        <UnitPicker<string>
          aria-label={`${t('procedures.field.stepUnit')} ${index + 1}`}
          value={step.unitId || undefined}
          onChange={(unitId) => update(index, { unitId })}
        />
      ),
    },
    {
      title: t('procedures.field.responsiblePosition'),
      key: 'responsiblePosition',
      width: 140,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Input value={step.responsiblePosition ?? ''} onChange={(e) => update(index, { responsiblePosition: e.target.value })} />
      ),
    },
    {
      title: t('procedures.field.person'),
      key: 'person',
      width: 200,
      render: (_: unknown, step: EditableStep, index: number) => (
        <PersonSelect<string>
          aria-label={`${t('procedures.field.person')} ${index + 1}`}
          allowClear
          unitId={step.unitId || undefined}
          known={step.known ? [step.known] : []}
          value={step.defaultPersonId ?? undefined}
          onChange={(personId) => update(index, { defaultPersonId: personId ?? null })}
        />
      ),
    },
    {
      title: t('procedures.field.limit'),
      key: 'limit',
      width: 210,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Flex gap={4}>
          <InputNumber
            aria-label={`${t('procedures.field.limit')} ${index + 1}`}
            min={0.5}
            max={365}
            value={step.limitValue}
            onChange={(value) => update(index, { limitValue: value ?? 1 })}
          />
          <Select
            value={step.limitUnit}
            onChange={(limitUnit) => update(index, { limitUnit })}
            options={(['working_days', 'working_hours'] as const).map((unit) => ({ value: unit, label: t(`procedures.limitUnit.${unit}`) }))}
          />
        </Flex>
      ),
    },
    {
      title: t('procedures.field.inputs'),
      key: 'inputs',
      width: 160,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Input.TextArea autoSize value={step.inputs ?? ''} onChange={(e) => update(index, { inputs: e.target.value })} />
      ),
    },
    {
      title: t('procedures.field.outputs'),
      key: 'outputs',
      width: 160,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Input.TextArea autoSize value={step.outputs ?? ''} onChange={(e) => update(index, { outputs: e.target.value })} />
      ),
    },
    {
      title: t('procedures.field.parallel'),
      key: 'parallel',
      width: 80,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Checkbox checked={!!step.isParallel} disabled={index === 0} onChange={(e) => update(index, { isParallel: e.target.checked })} />
      ),
    },
    {
      title: t('procedures.field.needsAcceptance'),
      key: 'acceptance',
      width: 110,
      render: (_: unknown, step: EditableStep, index: number) => (
        <Checkbox checked={step.needsAcceptance !== false} onChange={(e) => update(index, { needsAcceptance: e.target.checked })} />
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 120,
      fixed: 'right' as const,
      render: (_: unknown, __: EditableStep, index: number) => (
        <Flex gap={4}>
          <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('procedures.editor.moveUp')} disabled={index === 0} onClick={() => move(index, -1)} />
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={t('procedures.editor.moveDown')}
            disabled={index === steps.length - 1}
            onClick={() => move(index, 1)}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('procedures.editor.remove')}
            onClick={() => onChange(steps.filter((_, i) => i !== index))}
          />
        </Flex>
      ),
    },
  ];
  return (
    <>
      <Table rowKey="key" size="small" columns={columns} dataSource={steps} pagination={false} scroll={{ x: 1500 }} onRow={rowProps} />
      <Button className="procedure-add-step" icon={<PlusOutlined aria-hidden />} onClick={add}>
        {t('procedures.editor.addStep')}
      </Button>
    </>
  );
}
