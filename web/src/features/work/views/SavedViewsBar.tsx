import './views.css';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerFormErrors } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import type { TaskFilters } from '../api';
import { useDeleteView, useSavedViews, useSaveView } from './views-api';

interface SavedViewsBarProps {
  /** The board's filters now, search words included. */
  filters: TaskFilters;
  onApply: (filters: TaskFilters) => void;
}

/** Pick, save or delete a named set of the board's filters; a unit head may share one in the unit. */
export function SavedViewsBar({ filters, onApply }: SavedViewsBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [selected, setSelected] = useState<string | undefined>();
  const [isSaving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string; share: boolean }>();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const items = views.data?.items ?? [];
  const current = items.find((view) => view.id === selected);
  const shareUnitId = filters.unitId ?? user.unitId;
  const mayShare = user.roles.includes('unit_head') && !!shareUnitId;

  const submit = ({ name, share }: { name: string; share: boolean }) => {
    clearFormError();
    const clean = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as TaskFilters;
    save.mutate(
      { name, filters: clean, sharedUnitId: share && shareUnitId ? shareUnitId : null },
      {
        onSuccess: (view) => {
          setSelected(view.id);
          setSaving(false);
          void message.success(t('workViews.viewSaved'));
        },
        onError: reportError,
      },
    );
  };

  return (
    <Flex gap={8} align="center" wrap>
      <Select
        aria-label={t('workViews.savedViews')}
        placeholder={t('workViews.applyView')}
        allowClear
        style={{ minWidth: 240 }}
        loading={views.isFetching}
        value={selected}
        onChange={(id?: string) => {
          setSelected(id);
          const view = items.find((candidate) => candidate.id === id);
          if (view) onApply(view.filters);
        }}
        options={items.map((view) => ({ value: view.id, label: view.shared ? `${view.name} (${view.shared.unitName})` : view.name }))}
      />
      {current?.canDelete && (
        <Button
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('workViews.deleteView')}
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(current.id, {
              onSuccess: () => {
                setSelected(undefined);
                void message.success(t('workViews.viewDeleted'));
              },
            })
          }
        />
      )}
      <Button icon={<SaveOutlined aria-hidden />} onClick={() => setSaving(true)}>
        {t('workViews.saveView')}
      </Button>
      <Modal
        title={t('workViews.saveView')}
        open={isSaving}
        onCancel={() => setSaving(false)}
        onOk={() => form.submit()}
        okText={t('workViews.saveView')}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clearFormError} initialValues={{ share: false }} preserve={false}>
          {formError && <div className="form-alert">{formError}</div>}
          <Form.Item name="name" label={t('workViews.viewName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          {mayShare && (
            <Form.Item name="share" valuePropName="checked">
              <Checkbox>{t('workViews.shareInUnit')}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
