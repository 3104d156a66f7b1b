import type { Catalog } from './catalog';

/** English words of feedback requests, partner gatherings and the value log; spread into `en`. */
export const enFeedback: Pick<Catalog, 'feedbackUi'> = {
  feedbackUi: {
    placeholder: 'Feedback',
  },
};
