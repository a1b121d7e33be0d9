import { App, Button, Flex } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/contracts';
import { localize, useLanguage } from '../../../../shared/i18n';
import { ApiError } from '../../../../shared/api';
import { type ActionKey, type ActionSpec, allowedActions } from '../../task-actions';
import { useTaskCommand } from '../../task-commands';

// The dialog and its form load on the first action that needs them, not with every task list.
const CommandModal = lazy(() => import('./CommandModal').then((m) => ({ default: m.CommandModal })));

interface TaskActionButtonsProps {
  task: TaskListItem;
  /** Limit to these actions (the list rows show only the everyday ones). */
  only?: readonly ActionKey[];
  size?: 'small' | 'middle';
}

/** One button per action the viewer may take now; form actions open a dialog, the others run at once. */
export function TaskActionButtons({ task, only, size = 'middle' }: TaskActionButtonsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const command = useTaskCommand();
  const [formAction, setFormAction] = useState<ActionSpec | null>(null);
  const [isFormOpen, setFormOpen] = useState(false);
  const actions = allowedActions(task, only);
  if (actions.length === 0) return null;

  const run = (action: ActionSpec) => {
    if (!action.instantBody) {
      setFormAction(action);
      setFormOpen(true);
      return;
    }
    const label = t(`taskAction.${action.key}`);
    command.mutate(
      { taskId: task.id, command: action.command, body: action.instantBody },
      {
        onSuccess: () => void message.success(t('taskAction.done', { action: label })),
        onError: (error) => void message.error(error instanceof ApiError ? localize(error.text, language) : t('errors.crashTitle')),
      },
    );
  };

  return (
    <>
      <Flex gap={8} wrap className="task-actions">
        {actions.map((action) => (
          <Button
            key={action.key}
            size={size}
            icon={action.icon}
            type={action.tone === 'primary' ? 'primary' : 'default'}
            danger={action.tone === 'danger'}
            loading={command.isPending && command.variables?.command === action.command}
            onClick={() => run(action)}
          >
            {t(`taskAction.${action.key}`)}
          </Button>
        ))}
      </Flex>
      {formAction && (
        <Suspense fallback={null}>
          <CommandModal task={task} action={formAction} open={isFormOpen} onClose={() => setFormOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
