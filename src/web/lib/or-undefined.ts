/** A filter's text as a search parameter: trimmed, and absent when empty. */
export function orUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
