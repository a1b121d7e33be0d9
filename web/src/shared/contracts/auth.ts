import type { z } from 'zod';
import type { CurrentSessionResponse, Role, SessionResponse, sessionUser } from '../../../../contracts/auth';

export type SessionUser = z.infer<typeof sessionUser>;
export type { CurrentSessionResponse, Role, SessionResponse };
