import { App, Alert, Button, Card, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ProcedureVersion } from '../../../shared/contracts/procedures';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { UnitPicker } from '../../org';
import { useCreateProcedure, useUpdateDraft, useVersion } from '../api';
import { StepTableEditor, type EditableStep } from '../components/StepTableEditor';
import { contentToText, textToContent, type ContentText } from '../content-lines';
import { refusalText } from '../errors';
import { procedurePath } from '../paths';

/** Writes a new procedure, or edits a draft: sections 1–7 as text and the step table as editable rows. */
export function VersionEditorPage() {
  const { id } = useParams();
  const version = useVersion(id);
  if (id && version.isLoading) return <Spin />;
  if (version.isError) return <QueryErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  return <ProcedureEditor key={id ?? 'new'} id={id} version={version.data} />;
}

const editableSteps = (version: ProcedureVersion | undefined): EditableStep[] =>
  (version?.steps ?? []).map((s) => ({
    key: s.id,
    name: s.name,
    unitId: s.unit.id,
    responsiblePosition: s.responsiblePosition,
    defaultPersonId: s.defaultPerson?.id ?? null,
    known: s.defaultPerson,
    limitValue: s.limitValue,
    limitUnit: s.limitUnit,
    inputs: s.inputs,
    outputs: s.outputs,
    needsAcceptance: s.needsAcceptance,
    isParallel: s.isParallel,
  }));

function ProcedureEditor({ id, version }: { id: string | undefined; version: ProcedureVersion | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateProcedure();
  const update = useUpdateDraft();
  const [header, setHeader] = useState({ unitId: '', code: '', title: '' });
  const [text, setText] = useState<ContentText>(() => contentToText(version));
  const [steps, setSteps] = useState<EditableStep[]>(() => editableSteps(version));
  const editable = !id || version?.abilities.canEdit;
  const content = () => ({
    ...textToContent(text),
    steps: steps.map(({ key: _key, known: _known, ...step }) => ({ ...step, isParallel: step.isParallel ?? false })),
  });
  const save = async () => {
    try {
      if (id) {
        const saved = await update.mutateAsync({ id, content: content() });
        void message.success(t('procedures.editor.saved'));
        void navigate(procedurePath(saved.procedureId));
      } else {
        const created = await create.mutateAsync({ ...header, ...content() });
        void message.success(t('procedures.editor.saved'));
        void navigate(procedurePath(created.id));
      }
    } catch (error) {
      void message.error(refusalText(error));
    }
  };
  const field = (key: keyof ContentText, rows = 3) => (
    <Form.Item label={t(key === 'revisionNote' ? 'procedures.field.revisionNote' : `procedures.field.${key}`)}>
      <Input.TextArea
        aria-label={t(key === 'revisionNote' ? 'procedures.field.revisionNote' : `procedures.field.${key}`)}
        autoSize={{ minRows: rows }}
        value={text[key]}
        onChange={(e) => setText({ ...text, [key]: e.target.value })}
        disabled={!editable}
      />
    </Form.Item>
  );
  return (
    <>
      <PageHeader
        title={t('procedures.editor.title')}
        extra={
          editable && (
            <Button type="primary" loading={create.isPending || update.isPending} onClick={() => void save()}>
              {t('procedures.editor.save')}
            </Button>
          )
        }
      />
      {!editable && <Alert type="warning" title={t('procedures.editor.notEditable')} />}
      <Card>
        <Form layout="vertical">
          {!id && (
            <>
              <Form.Item label={t('procedures.field.unit')} required>
                <UnitPicker<string>
                  aria-label={t('procedures.field.unit')}
                  value={header.unitId || undefined}
                  onChange={(unitId) => setHeader({ ...header, unitId })}
                />
              </Form.Item>
              <Form.Item label={t('procedures.field.code')} required>
                <Input
                  aria-label={t('procedures.field.code')}
                  placeholder="QT-01/VP"
                  value={header.code}
                  onChange={(e) => setHeader({ ...header, code: e.target.value })}
                />
              </Form.Item>
              <Form.Item label={t('procedures.field.title')} required>
                <Input aria-label={t('procedures.field.title')} value={header.title} onChange={(e) => setHeader({ ...header, title: e.target.value })} />
              </Form.Item>
            </>
          )}
          {field('purpose')}
          {field('scope')}
          {field('legalBases')}
          {field('definitions')}
          <Typography.Title level={5}>{t('procedures.editor.stepsTitle')}</Typography.Title>
          <StepTableEditor steps={steps} onChange={setSteps} defaultUnitId={header.unitId || steps[0]?.unitId} />
          {field('forms')}
          {field('records')}
          {id && field('revisionNote', 2)}
        </Form>
      </Card>
    </>
  );
}
