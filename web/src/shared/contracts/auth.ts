import type { z } from 'zod';
import type { Role, SessionResponse, sessionUser } from '../../../../contracts/auth';

export type SessionUser = z.infer<typeof sessionUser>;
export type { Role, SessionResponse };
