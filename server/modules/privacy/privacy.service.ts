import type { CreatePrivacyRequestBody } from '../../../contracts/privacy.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import { invalidState, notFound, validationError } from '../../platform/errors.js';
import { findPeople } from '../org/index.js';
import { auditContext, type PrivacyDeps } from './privacy.deps.js';
import { assertHandlesPersonalData } from './privacy.policy.js';
import * as repository from './privacy.repository.js';
import { answerDueOn, canDecide } from './privacy.rules.js';

export const personNotFound = () => notFound({ vi: 'Không tìm thấy người này trong cơ quan', en: 'No such person in the agency' });
export const requestNotFound = () => notFound({ vi: 'Không tìm thấy yêu cầu', en: 'Request not found' });

/** Registers a request received from a person of the agency, with its legal answer deadline. */
export async function createRequest(deps: PrivacyDeps, actor: Actor, input: CreatePrivacyRequestBody): Promise<string> {
  assertHandlesPersonalData(actor);
  const now = deps.clock.now();
  const today = localDateOf(now);
  // A request is registered at most a year after it arrived; later dates are typing mistakes.
  if (input.receivedOn > today || input.receivedOn < addCalendarDays(today, -366)) {
    throw validationError([
      {
        field: 'body.receivedOn',
        message: { vi: 'Ngày nhận phải trong vòng một năm qua, không sau hôm nay', en: 'The received date must be within the past year and not after today' },
      },
    ]);
  }
  const [person] = await findPeople(deps.db, actor.agencyId, [input.personId]);
  if (!person) throw personNotFound();
  const calendar = await deps.calendars.get(actor.agencyId);
  const due = answerDueOn(calendar, input.receivedOn);
  return deps.db.transaction(async (tx) => {
    const row = await repository.insertRequest(tx, {
      agencyId: actor.agencyId,
      personId: person.id,
      kind: input.kind,
      receivedOn: input.receivedOn,
      answerDueOn: due,
      note: input.note,
    });
    // The audit row names the request, its kind and dates: the note may hold personal details and stays out.
    await recordAction(
      tx,
      auditContext(actor, now),
      'privacy_request.created',
      { type: 'privacy_request', id: row.id },
      { personId: person.id, kind: input.kind, receivedOn: input.receivedOn, answerDueOn: due },
    );
    return row.id;
  });
}

/** Answers or refuses a received request once, recording who handled it and when. */
export async function decideRequest(deps: PrivacyDeps, actor: Actor, id: string, decision: { answer: string } | { reason: string }): Promise<void> {
  assertHandlesPersonalData(actor);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const request = await repository.lockRequest(tx, actor.agencyId, id);
    if (!request) throw requestNotFound();
    if (!canDecide(request.state))
      throw invalidState('request_decided', { vi: 'Yêu cầu đã được trả lời hoặc từ chối', en: 'The request has already been answered or refused' });
    const refused = 'reason' in decision;
    await repository.decideRequest(tx, id, {
      state: refused ? 'refused' : 'answered',
      answer: refused ? null : decision.answer,
      refusalReason: refused ? decision.reason : null,
      answeredAt: now,
      handlerPersonId: actor.personId,
      handlerName: actor.displayName,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      refused ? 'privacy_request.refused' : 'privacy_request.answered',
      { type: 'privacy_request', id },
      { personId: request.personId, onTime: localDateOf(now) <= request.answerDueOn },
    );
  });
}
