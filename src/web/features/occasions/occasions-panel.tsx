/** Placeholder until its helper writes it. */
export function OccasionsPanel() {
  return null;
}
