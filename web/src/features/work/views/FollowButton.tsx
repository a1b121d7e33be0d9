import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFollow } from './views-api';

/** Follow a task to hear of its events in the notifications; again to stop. */
export function FollowButton({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const { state, change } = useFollow(taskId);
  const following = state.data?.following ?? false;
  return (
    <Tooltip title={t('workViews.followers', { count: state.data?.followers ?? 0 })}>
      <Button
        icon={following ? <EyeInvisibleOutlined aria-hidden /> : <EyeOutlined aria-hidden />}
        aria-pressed={following}
        loading={state.isPending || change.isPending}
        onClick={() => change.mutate(!following)}
      >
        {following ? t('workViews.unfollow') : t('workViews.follow')}
      </Button>
    </Tooltip>
  );
}
