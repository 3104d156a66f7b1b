import type { MessagePreview, PreviewMessageRequest } from '../../../shared/contracts/messages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { composeMessage } from './compose-message';

/** The draft as it would go out, and what to heed first; nothing is written. */
export async function previewMessage(
  deps: AppDeps,
  principal: Principal,
  input: PreviewMessageRequest,
): Promise<MessagePreview> {
  return (await composeMessage(deps, principal, input)).preview;
}
