import type { z } from 'zod';
import type { AuthOptions, Role, SessionResponse, sessionUser } from '../../../../contracts/auth';

export type SessionUser = z.infer<typeof sessionUser>;
export type { AuthOptions, Role, SessionResponse };
