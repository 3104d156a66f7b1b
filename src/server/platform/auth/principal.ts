import type { Role } from '../../../shared/domain/roles';

/** Who is calling: resolved once per request from the session cookie or the bearer token. */
export interface Principal {
  userId: string;
  userName: string;
  email: string;
  role: Role;
  locale: 'id' | 'en';
  institutionId: string;
  supervisedRegionCodes: string[];
  /** How the caller proved who it is; `command` is a server-side command (demo, import script). */
  via: 'session' | 'token' | 'command';
  sessionId: string | null;
  csrfToken: string | null;
}
