/** The feedback module's public entry (technique 2): requests through a one-time link, answers, figures. */
import { feedbackPublicRoutes } from './feedback-public.routes';
import { feedbackRoutes } from './feedback.routes';

export const feedbackModuleRoutes = [...feedbackRoutes, ...feedbackPublicRoutes];
export { feedbackUnansweredItems } from './feedback-agenda-source';
export { createDemoFeedback } from './create-demo-feedback';
