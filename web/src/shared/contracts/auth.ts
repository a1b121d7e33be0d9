import type { z } from 'zod';
import type { ActiveSession, ActiveSessions, AuthOptions, CurrentSessionResponse, Role, SessionResponse, sessionUser } from '../../../../contracts/auth';

export type SessionUser = z.infer<typeof sessionUser>;
export type { ActiveSession, ActiveSessions, AuthOptions, CurrentSessionResponse, Role, SessionResponse };
