import { Flex, Form, InputNumber, Slider } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from './TextAreaField';

const PERCENT_INPUT_ID = 'command-percent';

/** Percent as a slider with a matching number box, and what was done. */
export function ProgressFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('taskAction.field.percent')} htmlFor={PERCENT_INPUT_ID} required>
        <Flex gap={16} align="center">
          <Form.Item name="percent" noStyle>
            <Slider min={0} max={100} step={5} className="progress-slider" aria-label={t('taskAction.field.percent')} />
          </Form.Item>
          <Form.Item name="percent" noStyle>
            <InputNumber id={PERCENT_INPUT_ID} min={0} max={100} precision={0} suffix="%" className="progress-number" />
          </Form.Item>
        </Flex>
      </Form.Item>
      <TextAreaField name="note" label={t('taskAction.field.progressNote')} requiredMessage={t('taskAction.required.note')} />
    </>
  );
}
