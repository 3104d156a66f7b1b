/** The care module's public entry (the guide's section C: health, cadence, the agenda, neglected partners). */
import { careRoutes } from './care.routes';

export const careModuleRoutes = careRoutes;
export { registerAgendaSource, type AgendaContext, type AgendaSource } from './agenda-sources';
export { buildAgenda, buildAgendas, compareAgendaItems } from './build-agenda';
export { agendaContextOf, agendaHorizonDays } from './agenda-context-of';
export { getPartnerCare } from './get-partner-care';
export { listPartnerIdsInHealthBand } from './list-partner-ids-in-health-band';
export { summarizePartnerCare, type PartnerCareSummary } from './summarize-partner-care';
