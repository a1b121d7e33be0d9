import { type Actor, isAdministrator } from '../../platform/actor.js';
import { forbidden } from '../../platform/errors.js';

/** Personal-data requests and exports are the agency administrators' work: the data is everyone's in the agency. */
export function assertHandlesPersonalData(actor: Actor): void {
  if (!isAdministrator(actor)) {
    throw forbidden({ vi: 'Chỉ quản trị viên cơ quan xử lý yêu cầu về dữ liệu cá nhân', en: 'Only the agency administrators handle personal-data requests' });
  }
}
