import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntryBody, ScheduleEntry, WeeklySchedule } from '../../../shared/contracts/schedule';
import { formatDate, formatWeekday } from '../../../shared/format';
import { FormDrawer } from '../../../shared/ui';
import { PersonSelect, UnitPicker } from '../../org';
import { useSaveEntry } from '../api';

interface EntryValues {
  day: string;
  session: 'morning' | 'afternoon';
  startTime?: string;
  content: string;
  chairId?: string;
  participants?: string;
  participantIds?: string[];
  place?: string;
  preparingUnitId?: string;
}

const daysOf = (weekStart: string) =>
  Array.from({ length: 7 }, (_, i) => {
    const date = new Date(`${weekStart}T05:00:00Z`);
    date.setUTCDate(date.getUTCDate() + i);
    return date.toISOString().slice(0, 10);
  });

/** Adds or changes one line of the schedule; after publication the server marks the change. */
export function EntryDrawer({ week, entry, open, onClose }: { week: WeeklySchedule; entry: ScheduleEntry | null; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [form] = Form.useForm<EntryValues>();
  const save = useSaveEntry(week.schedule!.id);
  const known = entry ? [...(entry.chair ? [entry.chair] : []), ...entry.participantPeople].map((p) => ({ id: p.id, fullName: p.name })) : [];
  const submit = (values: EntryValues) => {
    const body: EntryBody = {
      day: values.day,
      session: values.session,
      startTime: values.startTime?.trim() || null,
      content: values.content.trim(),
      chairId: values.chairId ?? null,
      participants: values.participants?.trim() ?? '',
      participantIds: values.participantIds ?? [],
      place: values.place?.trim() ?? '',
      preparingUnitId: values.preparingUnitId ?? null,
    };
    return save.mutateAsync({ entryId: entry?.id, body });
  };
  return (
    <FormDrawer<EntryValues>
      title={entry ? t('schedule.entry.editTitle') : t('schedule.entry.addTitle')}
      open={open}
      onClose={onClose}
      form={form}
      onSubmit={submit}
      initialValues={
        entry
          ? {
              day: entry.day,
              session: entry.session,
              startTime: entry.startTime ?? undefined,
              content: entry.content,
              chairId: entry.chair?.id,
              participants: entry.participants,
              participantIds: entry.participantPeople.map((p) => p.id),
              place: entry.place,
              preparingUnitId: entry.preparingUnit?.id,
            }
          : { day: week.weekStart, session: 'morning' }
      }
    >
      <Form.Item name="day" label={t('schedule.columns.day')} rules={[{ required: true }]}>
        <Select
          aria-label={t('schedule.columns.day')}
          options={daysOf(week.weekStart).map((day) => ({ value: day, label: `${formatWeekday(new Date(`${day}T05:00:00Z`), language)} ${formatDate(day)}` }))}
        />
      </Form.Item>
      <Form.Item name="session" label={t('schedule.columns.session')} rules={[{ required: true }]}>
        <Select
          aria-label={t('schedule.columns.session')}
          options={(['morning', 'afternoon'] as const).map((value) => ({ value, label: t(`schedule.session.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="startTime"
        label={t('schedule.columns.time')}
        rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('schedule.entry.timeFormat') }]}
      >
        <Input placeholder="08:00" aria-label={t('schedule.columns.time')} />
      </Form.Item>
      <Form.Item name="content" label={t('schedule.columns.content')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea rows={3} aria-label={t('schedule.columns.content')} />
      </Form.Item>
      <Form.Item name="chairId" label={t('schedule.columns.chair')}>
        <PersonSelect allowClear known={known} aria-label={t('schedule.columns.chair')} />
      </Form.Item>
      <Form.Item name="participants" label={t('schedule.columns.participants')} rules={[{ max: 1000 }]}>
        <Input aria-label={t('schedule.columns.participants')} />
      </Form.Item>
      <Form.Item name="participantIds" label={t('schedule.entry.participantPeople')}>
        <PersonSelect multiple known={known} aria-label={t('schedule.entry.participantPeople')} />
      </Form.Item>
      <Form.Item name="place" label={t('schedule.columns.place')} rules={[{ max: 300 }]}>
        <Input aria-label={t('schedule.columns.place')} />
      </Form.Item>
      <Form.Item name="preparingUnitId" label={t('schedule.columns.preparingUnit')}>
        <UnitPicker allowClear aria-label={t('schedule.columns.preparingUnit')} />
      </Form.Item>
    </FormDrawer>
  );
}
