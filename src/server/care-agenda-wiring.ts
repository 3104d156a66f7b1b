import { registerAgendaSource } from './modules/care/index';
import { feedbackUnansweredItems } from './modules/feedback/index';
import { occasionAgendaSource } from './modules/occasions/index';

/** Called at boot, so the server, the CLI and the tests build the same agenda. */
export function wireCareAgenda(): void {
  registerAgendaSource(feedbackUnansweredItems);
  registerAgendaSource(occasionAgendaSource);
  void registerAgendaSource;
}
