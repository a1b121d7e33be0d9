import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, applyServerErrors } from '../../../shared/api';
import { formatDate, toIsoDate } from '../../../shared/format';
import { DateInput, PageHeader, QueryErrorAlert } from '../../../shared/ui';

type Kind = 'holiday' | 'makeup_workday';
interface CalendarDay {
  day: string;
  kind: Kind;
  name: string;
}

/** Administrators keep the agency's holidays and make-up days; every working-day deadline follows them. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [form] = Form.useForm<{ day: Dayjs; kind: Kind; name: string }>();
  const days = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api.get<{ days: CalendarDay[] }>('/calendar', { year }, signal).then((body) => body.days),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar'] });
  const save = useMutation({
    mutationFn: (values: { day: Dayjs; kind: Kind; name: string }) =>
      api.put<CalendarDay>(`/calendar/days/${toIsoDate(values.day)}`, { kind: values.kind, name: values.name }),
    onSuccess: () => (message.success(t('calendar.saved')), form.resetFields(), refresh()),
    onError: (error) => applyServerErrors(form, error, i18n.language === 'en' ? 'en' : 'vi'),
  });
  const remove = useMutation({
    mutationFn: (day: string) => api.delete(`/calendar/days/${day}`),
    onSuccess: () => (message.success(t('calendar.saved')), refresh()),
  });
  const kindLabel = (kind: Kind) => (kind === 'holiday' ? t('calendar.holiday') : t('calendar.makeupWorkday'));

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        extra={<InputNumber aria-label={t('calendar.year')} min={2000} max={2100} value={year} onChange={(value) => value && setYear(value)} />}
      />
      <Card>
        <Form form={form} layout="inline" onFinish={(values) => save.mutate(values)} initialValues={{ kind: 'holiday' }} className="calendar-form">
          <Form.Item label={t('calendar.day')} name="day" rules={[{ required: true, message: t('calendar.dayRequired') }]}>
            <DateInput />
          </Form.Item>
          <Form.Item label={t('calendar.kind')} name="kind">
            <Select style={{ width: 180 }} options={(['holiday', 'makeup_workday'] as const).map((value) => ({ value, label: kindLabel(value) }))} />
          </Form.Item>
          <Form.Item label={t('calendar.name')} name="name" rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}>
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={save.isPending}>
            {t('calendar.add')}
          </Button>
        </Form>
      </Card>
      <Card style={{ marginTop: 16 }}>
        {days.isError && <QueryErrorAlert error={days.error} onRetry={() => void days.refetch()} />}
        <Table<CalendarDay>
          rowKey="day"
          size="small"
          loading={days.isPending}
          pagination={false}
          dataSource={days.data ?? []}
          columns={[
            { title: t('calendar.day'), dataIndex: 'day', render: (day: string) => formatDate(day), width: 140 },
            {
              title: t('calendar.kind'),
              dataIndex: 'kind',
              width: 180,
              render: (kind: Kind) => <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{kindLabel(kind)}</Tag>,
            },
            { title: t('calendar.name'), dataIndex: 'name' },
            {
              key: 'actions',
              width: 100,
              render: (_, row) => (
                <Space>
                  <Popconfirm title={t('calendar.removeConfirm')} onConfirm={() => remove.mutate(row.day)}>
                    <Button size="small" danger icon={<DeleteOutlined aria-hidden />}>
                      {t('calendar.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
