import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/session.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { syncRunOfStep } from './procedures.runs.js';

/**
 * Moves a run on after any command on one of its steps' tasks. The work module offers no callback
 * on its commands and writes each command as one statement of its own, so the run follows the
 * task's answer here, right after the command committed and before the answer leaves: the client
 * that accepted a step sees the next step's task already open. Registered in app.ts before the
 * work routes so the hook applies to them.
 */
export function followStepTasks(api: FastifyInstance, deps: ProceduresDeps) {
  api.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'POST' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (!request.routeOptions.url?.includes('/tasks/:id/') || !payload.includes('"procedure_step"')) return payload;
    const task = JSON.parse(payload) as { source?: { kind: string; id: string | null } };
    if (task.source?.kind !== 'procedure_step' || !task.source.id || !request.session) return payload;
    try {
      await syncRunOfStep(deps, actorOf(request), task.source.id);
    } catch (error) {
      // The task's command stands; the run catches up on its next command or sweep.
      request.log.error({ err: error, runStepId: task.source.id }, 'procedure run did not follow its step task');
    }
    return payload;
  });
}
