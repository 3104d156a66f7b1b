import { registerAgendaSource } from './modules/care/index';

/** Called at boot, so the server, the CLI and the tests build the same agenda. */
export function wireCareAgenda(): void {
  void registerAgendaSource;
}
