/** Placeholder until its helper writes it. */
export function AgendaPanel({ scope }: { scope?: 'mine' | 'all' }) {
  void scope;
  return null;
}
