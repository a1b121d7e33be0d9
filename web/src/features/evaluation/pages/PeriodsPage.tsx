import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { applyServerErrors } from '../../../shared/api';
import type { EvaluationPeriodListItem, PeriodKind } from '../../../shared/contracts';
import { formatDate, toIsoDate } from '../../../shared/format';
import { useLanguage } from '../../../shared/i18n';
import { useCurrentUser } from '../../auth';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { UnitTreeSelect } from '../../org';
import { useOpenPeriod, usePeriods } from '../api';
import { periodPath } from '../paths';
import { PERIOD_MANAGER_ROLES } from '../roles';

/** Periods the viewer may see, newest first; heads, leaders and administrators open new ones for a subtree. */
export function PeriodsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const pages = useCursorPages('periods');
  const periods = usePeriods(pages.cursor);
  const open = useOpenPeriod();
  const user = useCurrentUser();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const canOpen = user.roles.some((role) => (PERIOD_MANAGER_ROLES as readonly string[]).includes(role));
  const onFinish = async (values: { unitId: string; kind: PeriodKind; startsOn: Dayjs; isOutstandingUnit?: boolean }) => {
    try {
      setProblem(null);
      const period = await open.mutateAsync({
        unitId: values.unitId,
        kind: values.kind,
        startsOn: toIsoDate(values.startsOn),
        isOutstandingUnit: Boolean(values.isOutstandingUnit),
      });
      void navigate(periodPath(period.id));
    } catch (error) {
      setProblem(applyServerErrors(form, error, language));
    }
  };
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('evaluation.periods.title')} />
      {canOpen && (
        <Card size="small" title={t('evaluation.periods.open')}>
          {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 12 }} />}
          <Form form={form} layout="inline" name="open-period" onFinish={(values) => void onFinish(values)} initialValues={{ kind: 'month' }}>
            <Form.Item name="unitId" label={t('evaluation.periods.unit')} rules={[{ required: true }]} style={{ minWidth: 320 }}>
              <UnitTreeSelect />
            </Form.Item>
            <Form.Item name="kind" label={t('evaluation.periods.kind')}>
              <Select
                style={{ width: 120 }}
                options={(['month', 'quarter', 'year'] as const).map((kind) => ({ value: kind, label: t(`evaluation.kind.${kind}`) }))}
              />
            </Form.Item>
            <Form.Item name="startsOn" label={t('evaluation.periods.startsOn')} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="isOutstandingUnit" valuePropName="checked">
              <Checkbox>{t('evaluation.periods.outstanding')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={open.isPending}>
              {t('evaluation.periods.open')}
            </Button>
          </Form>
        </Card>
      )}
      {periods.error && <QueryErrorAlert error={periods.error} />}
      <Table<EvaluationPeriodListItem>
        size="small"
        rowKey="id"
        loading={periods.isPending}
        dataSource={periods.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('evaluation.periods.kind'),
            render: (_, period) => (
              <Link to={periodPath(period.id)}>
                {t(`evaluation.kind.${period.kind}`)} {formatDate(period.startsOn)} – {formatDate(period.endsOn)}
              </Link>
            ),
          },
          { title: t('evaluation.periods.unit'), render: (_, period) => period.unit.name },
          { title: t('evaluation.period.state'), render: (_, period) => <Tag>{t(`evaluation.state.${period.state}`)}</Tag> },
          {
            title: '',
            render: (_, period) =>
              t('evaluation.periods.dueDates', {
                self: formatDate(period.selfAssessmentDueOn),
                review: formatDate(period.reviewDueOn),
                decision: formatDate(period.decisionDueOn),
              }),
          },
        ]}
      />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={periods.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={periods.isFetching}
      />
    </Flex>
  );
}
