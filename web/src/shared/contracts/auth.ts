import type { z } from 'zod';
import type { AuthOptions, CurrentSessionResponse, Role, SessionResponse, sessionUser } from '../../../../contracts/auth';

export type SessionUser = z.infer<typeof sessionUser>;
export type { AuthOptions, CurrentSessionResponse, Role, SessionResponse };
