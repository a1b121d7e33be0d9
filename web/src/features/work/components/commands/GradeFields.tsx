import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityGrade } from '../../../../shared/contracts';
import { TextAreaField } from './TextAreaField';

const grades: QualityGrade[] = [5, 4, 3, 2, 1];

/** Acceptance with a quality grade from 1 (unsatisfactory) to 5 (excellent). */
export function GradeFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('taskAction.field.grade')} name="grade" rules={[{ required: true, message: t('taskAction.required.grade') }]}>
        <Radio.Group className="grade-options" options={grades.map((grade) => ({ value: grade, label: `${grade} – ${t(`work.grade.${grade}`)}` }))} />
      </Form.Item>
      <TextAreaField name="note" label={t('taskAction.field.assessment')} />
    </>
  );
}
