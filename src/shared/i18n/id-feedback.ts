/** Indonesian words of feedback requests, partner gatherings and the value log; spread into `id`. */
export const idFeedback = {
  feedbackUi: {
    placeholder: 'Umpan balik',
  },
};
