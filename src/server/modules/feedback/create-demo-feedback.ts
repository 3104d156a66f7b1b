import { feedbackAnswerSchema, type FeedbackAnswer } from '../../../shared/contracts/feedback';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { publicBaseUrl } from '../institutions/index';
import { answerFeedback } from './answer-feedback';
import { requestFeedback } from './request-feedback';

const requestId = 'demo';

/**
 * A feedback request made through the same use cases as the UI (at `askedAt`), answered at
 * `answeredAt` when an answer is given, else left waiting; for the demo institution.
 */
export async function createDemoFeedback(
  deps: AppDeps,
  principal: Principal,
  input: {
    partnerId: string;
    contactId: string;
    askedAt: Date;
    answer?: FeedbackAnswer & { answeredAt: Date };
  },
): Promise<{ requestId: string; url: string }> {
  const at = (moment: Date): AppDeps => ({ ...deps, clock: { now: () => new Date(moment) } });
  const issued = await requestFeedback(
    at(input.askedAt),
    principal,
    input.partnerId,
    { contactId: input.contactId },
    publicBaseUrl(deps, null),
    requestId,
  );
  if (input.answer) {
    const { answeredAt, ...answer } = input.answer;
    const token = issued.url.split('/').pop()!;
    await answerFeedback(at(answeredAt), issued.request.id, token, feedbackAnswerSchema.parse(answer), {
      ipAddress: null,
      userAgent: 'Jalin demo',
      requestId,
    });
  }
  return { requestId: issued.request.id, url: issued.url };
}
