/** Placeholder until its helper writes it. */
export function FeedbackPanel() {
  return null;
}
