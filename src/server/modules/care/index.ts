/** The care module's public entry (the guide's section C: health, cadence, the agenda, neglected partners). */
export { registerAgendaSource, type AgendaContext, type AgendaSource } from './agenda-sources';
