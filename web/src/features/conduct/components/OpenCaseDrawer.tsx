import { Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseSources, confidentialityLevels, subjectCategories, type CaseSource, type SubjectCategory } from '../../../shared/contracts';
import { toIsoDate } from '../../../shared/format';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { PersonSelect, UnitTreeSelect } from '../../org';
import { useCurrentCatalogs, useOpenCase } from '../api';
import { casePath } from '../paths';
import { catalogItemLabel } from './CatalogItemText';

interface OpenValues {
  subjectKind: 'person' | 'unit';
  personId?: string;
  unitId?: string;
  subjectCategory?: SubjectCategory;
  title: string;
  description: string;
  items: string[];
  source: CaseSource;
  confidentiality: 'normal' | 'confidential';
  detectedOn: Dayjs;
  violationOn?: Dayjs;
}

/** Records a case: subject, manifestations from the current catalogs, source, dates. */
export function OpenCaseDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenValues>();
  const catalogs = useCurrentCatalogs();
  const openCase = useOpenCase();
  const subjectKind = Form.useWatch('subjectKind', form) ?? 'person';
  const itemOptions = catalogs.data
    ? (['directive', 'related'] as const).map((kind) => ({
        label: `${t(`conduct.catalog.${kind}`)} (${catalogs.data[kind].version})`,
        options: catalogs.data[kind].items.map((item) => ({ value: `${kind}:${item.code}`, label: catalogItemLabel(item.code, item.text) })),
      }))
    : [];

  const submit = async (values: OpenValues) => {
    const opened = await openCase.mutateAsync({
      subject: values.subjectKind === 'unit' ? { kind: 'unit', unitId: values.unitId ?? '' } : { kind: 'person', personId: values.personId ?? '' },
      subjectCategory: values.subjectCategory,
      title: values.title,
      description: values.description,
      items: values.items.map((value) => {
        const [catalog, ...code] = value.split(':');
        return { catalog: catalog as 'directive' | 'related', code: code.join(':') };
      }),
      source: values.source,
      confidentiality: values.confidentiality,
      detectedOn: toIsoDate(values.detectedOn),
      violationOn: values.violationOn ? toIsoDate(values.violationOn) : undefined,
    });
    navigate(casePath(opened.id));
  };

  return (
    <FormDrawer<OpenValues>
      title={t('conduct.list.new')}
      open={open}
      onClose={onClose}
      form={form}
      onSubmit={submit}
      initialValues={{ subjectKind: 'person', source: 'inspection', confidentiality: 'normal', items: [] }}
      submitText={t('conduct.list.new')}
      savedText={t('conduct.action.done')}
    >
      <Form.Item label={t('conduct.field.subjectKind')} name="subjectKind">
        <Radio.Group
          options={[
            { value: 'person', label: t('conduct.field.person') },
            { value: 'unit', label: t('conduct.field.unit') },
          ]}
        />
      </Form.Item>
      {subjectKind === 'person' ? (
        <Form.Item label={t('conduct.field.personId')} name="personId" rules={[{ required: true, message: t('conduct.field.personId') }]}>
          <PersonSelect aria-label={t('conduct.field.personId')} />
        </Form.Item>
      ) : (
        <Form.Item label={t('conduct.field.unitId')} name="unitId" rules={[{ required: true, message: t('conduct.field.unitId') }]}>
          <UnitTreeSelect />
        </Form.Item>
      )}
      <Form.Item label={t('conduct.field.subjectCategory')} name="subjectCategory">
        <Select
          allowClear
          placeholder={t('conduct.field.categoryDefault')}
          options={subjectCategories.map((category) => ({ value: category, label: t(`conduct.category.${category}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('conduct.field.title')} name="title" rules={[{ required: true, whitespace: true, max: 300, message: t('conduct.field.title') }]}>
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('conduct.field.description')}
        name="description"
        rules={[{ required: true, whitespace: true, message: t('conduct.field.description') }]}
      >
        <Input.TextArea rows={4} maxLength={10000} />
      </Form.Item>
      <Form.Item label={t('conduct.field.items')} name="items" rules={[{ required: true, type: 'array', min: 1, message: t('conduct.field.items') }]}>
        <Select mode="multiple" options={itemOptions} loading={catalogs.isPending} optionFilterProp="label" aria-label={t('conduct.field.items')} />
      </Form.Item>
      <Form.Item label={t('conduct.field.source')} name="source">
        <Select options={caseSources.map((source) => ({ value: source, label: t(`conduct.source.${source}`) }))} />
      </Form.Item>
      <Form.Item label={t('conduct.field.confidentiality')} name="confidentiality">
        <Radio.Group options={confidentialityLevels.map((level) => ({ value: level, label: t(`conduct.confidentiality.${level}`) }))} />
      </Form.Item>
      <Form.Item label={t('conduct.field.detectedOn')} name="detectedOn" rules={[{ required: true, message: t('conduct.field.detectedOn') }]}>
        <DateInput />
      </Form.Item>
      <Form.Item label={t('conduct.field.violationOn')} name="violationOn" extra={t('conduct.field.statuteHint')}>
        <DateInput />
      </Form.Item>
    </FormDrawer>
  );
}
