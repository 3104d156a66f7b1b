import type { z } from 'zod';
import type { Agenda, agendaQuerySchema } from '../../../shared/contracts/care';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { agendaContextOf } from './agenda-context-of';
import { buildAgenda } from './build-agenda';

/** A facilitator starts from their own partners; a manager from the whole institution. */
export async function getAgenda(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof agendaQuerySchema>,
): Promise<Agenda> {
  const scope = query.scope ?? (principal.role === 'facilitator' ? 'mine' : 'all');
  const context = await agendaContextOf(deps.db, deps.clock, principal.institutionId);
  const items = await buildAgenda(deps.db, context, {
    facilitatorUserId: scope === 'mine' ? principal.userId : null,
  });
  return { today: context.today, timeZone: context.timeZone as TimeZoneCode, scope, items };
}
