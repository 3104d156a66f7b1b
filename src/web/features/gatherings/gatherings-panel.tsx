/** Placeholder until its helper writes it. */
export function GatheringsPanel() {
  return null;
}
