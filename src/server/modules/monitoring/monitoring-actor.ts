import type { Principal } from '../../platform/auth/principal';

/** Who changes monitoring records: a signed-in user, or the demo acting as one. */
export type MonitoringActor = Pick<Principal, 'userId' | 'userName' | 'institutionId'>;
