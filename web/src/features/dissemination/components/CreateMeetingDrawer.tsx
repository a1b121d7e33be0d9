import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso, toAgencyInstant } from '../../../shared/format';
import { FormDrawer } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { PersonSelect, UnitPicker } from '../../org';
import { useCampaigns, useCreateMeeting } from '../api';
import { meetingPath } from '../paths';
import { DocumentSelect } from './DocumentSelect';

interface MeetingValues {
  title: string;
  unitId: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  place?: string;
  onlineLink?: string;
  chairId: string;
  documentIds?: string[];
  inviteeUnitIds?: string[];
  inviteePersonIds?: string[];
  campaignId?: string;
}

const DATE_TIME = 'DD/MM/YYYY HH:mm';

/** "Tổ chức hội nghị": time, place or link, chair, documents, invitees, and the campaign absentees receive. */
export function CreateMeetingDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<MeetingValues>();
  const create = useCreateMeeting();
  const campaigns = useCampaigns(undefined);
  const start = dayjs(todayIso()).add(1, 'day').hour(8);
  const submit = async (values: MeetingValues) => {
    const meeting = await create.mutateAsync({
      title: values.title.trim(),
      unitId: values.unitId,
      startsAt: toAgencyInstant(values.startsAt),
      endsAt: toAgencyInstant(values.endsAt),
      place: values.place?.trim() ?? '',
      onlineLink: values.onlineLink?.trim() || null,
      chairId: values.chairId,
      documents: (values.documentIds ?? []).map((documentId) => ({ documentId })),
      inviteeUnitIds: values.inviteeUnitIds ?? [],
      inviteePersonIds: values.inviteePersonIds ?? [],
      campaignId: values.campaignId ?? null,
    });
    navigate(meetingPath(meeting.id));
  };
  return (
    <FormDrawer
      title={t('dissemination.meeting.createTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ unitId: user.unitId ?? undefined, chairId: user.personId ?? undefined, startsAt: start, endsAt: start.add(3, 'hour') }}
      onSubmit={submit}
      submitText={t('dissemination.meeting.submit')}
    >
      <Form.Item name="title" label={t('dissemination.meeting.name')} rules={[{ required: true, whitespace: true, max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="unitId" label={t('dissemination.meeting.unit')} rules={[{ required: true }]}>
        <UnitPicker aria-label={t('dissemination.meeting.unit')} />
      </Form.Item>
      <Form.Item name="startsAt" label={t('dissemination.meeting.startsAt')} rules={[{ required: true }]}>
        <DatePicker showTime format={DATE_TIME} className="full-width" />
      </Form.Item>
      <Form.Item name="endsAt" label={t('dissemination.meeting.endsAt')} rules={[{ required: true }]}>
        <DatePicker showTime format={DATE_TIME} className="full-width" />
      </Form.Item>
      <Form.Item name="place" label={t('dissemination.meeting.place')}>
        <Input />
      </Form.Item>
      <Form.Item name="onlineLink" label={t('dissemination.meeting.onlineLink')}>
        <Input type="url" />
      </Form.Item>
      <Form.Item name="chairId" label={t('dissemination.meeting.chair')} rules={[{ required: true }]}>
        <PersonSelect known={user.personId ? [{ id: user.personId, fullName: user.displayName }] : []} aria-label={t('dissemination.meeting.chair')} />
      </Form.Item>
      <Form.Item name="documentIds" label={t('dissemination.create.documents')}>
        <DocumentSelect aria-label={t('dissemination.create.documents')} />
      </Form.Item>
      <Form.Item name="inviteeUnitIds" label={t('dissemination.meeting.inviteeUnits')}>
        <UnitPicker multiple aria-label={t('dissemination.meeting.inviteeUnits')} />
      </Form.Item>
      <Form.Item name="inviteePersonIds" label={t('dissemination.meeting.inviteePeople')}>
        <PersonSelect multiple aria-label={t('dissemination.meeting.inviteePeople')} />
      </Form.Item>
      <Form.Item name="campaignId" label={t('dissemination.meeting.campaign')}>
        <Select allowClear options={(campaigns.data?.items ?? []).filter((c) => c.status === 'launched').map((c) => ({ value: c.id, label: c.title }))} />
      </Form.Item>
    </FormDrawer>
  );
}
