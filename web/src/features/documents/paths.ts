export const REGISTER_PATH = '/van-ban';
export const DOCUMENT_PATH = '/van-ban/:id';
export const TRACEABILITY_PATH = '/van-ban/:id/truy-vet';
export const PLAN_PATH = '/ke-hoach/:id';

export const documentPath = (id: string) => `/van-ban/${id}`;
export const traceabilityPath = (id: string) => `/van-ban/${id}/truy-vet`;
export const planPath = (id: string) => `/ke-hoach/${id}`;
