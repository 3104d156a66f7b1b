/** Placeholder until its helper writes it. */
export function NeglectedPanel() {
  return null;
}
