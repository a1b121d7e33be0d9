import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { Task, WorkCommandName } from '../../shared/contracts';
import { workKeys } from './api';
import { notificationKeys } from './notifications-api';

/** Each command is POST /tasks/:id/<path> and answers with the task as it is afterwards. */
export const commandPaths: Record<WorkCommandName, string> = {
  accept: 'accept',
  raiseDifficulty: 'difficulty',
  decideDifficulty: 'difficulty/decide',
  reportProgress: 'progress',
  submit: 'submit',
  acceptResult: 'accept-result',
  returnForRework: 'return',
  cancel: 'cancel',
  reopen: 'reopen',
  requestTransfer: 'transfer',
  approveTransfer: 'transfer/approve',
  rejectTransfer: 'transfer/reject',
  respondToTransfer: 'transfer/respond',
  requestExtension: 'extension',
  decideExtension: 'extension/decide',
  extend: 'extend',
  comment: 'comments',
};

export interface CommandVariables {
  taskId: string;
  command: WorkCommandName;
  body: object;
}

/** Runs one lifecycle command; the task, every list, the counters and the notifications are refreshed. */
export function useTaskCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, command, body }: CommandVariables) => api.post<Task>(`/tasks/${taskId}/${commandPaths[command]}`, body),
    onSuccess: (task) => {
      queryClient.setQueryData(workKeys.detail(task.id), task);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: workKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== task.id }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
      ]);
    },
  });
}
