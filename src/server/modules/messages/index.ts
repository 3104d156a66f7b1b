/** The messages module's public entry: message templates, composing WhatsApp and email messages to partners. */
import { messageTemplateRoutes } from './message-templates.routes';
import { messageRoutes } from './messages.routes';

export const messagesModuleRoutes = [...messageTemplateRoutes, ...messageRoutes];
/** For the demo: a message prepared and confirmed exactly as a user would (audit rows included). */
export { sendMessage } from './send-message';
export { confirmMessage } from './confirm-message';
