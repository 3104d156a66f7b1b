/** The occasions module's public entry (technique 5: holidays, anniversaries, launches, custom days). */
import { occasionsRoutes } from './occasions.routes';

export const occasionsModuleRoutes = occasionsRoutes;
export { listCalendarOccasions } from './list-calendar-occasions';
export { findOccasionByRef } from './find-occasion-by-ref';
export { occasionAgendaSource } from './occasion-agenda-source';
export { createDemoOccasions } from './create-demo-occasions';
