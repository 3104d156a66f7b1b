/** Names shorter than this are too common to flag ("Jaya", "Maju"). */
const minimumLength = 5;
/** Longer names contribute only their fragments of up to this many words. */
const maxWords = 8;

/**
 * Every run of consecutive words of a comparable name that is long enough to mean something:
 * "maju jaya motor" → "maju jaya motor", "maju jaya", "jaya motor", "motor" (short ones left out).
 */
export function nameFragments(comparable: string): string[] {
  const words = comparable.split(' ').filter(Boolean).slice(0, maxWords);
  const fragments = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= words.length; end += 1) {
      const fragment = words.slice(start, end).join(' ');
      if (fragment.length >= minimumLength) fragments.add(fragment);
    }
  }
  return [...fragments];
}

/**
 * Two comparable names (legal forms removed) are similar when they are equal or one is a run of
 * whole words inside the other: "maju jaya" ~ "bengkel maju jaya", but "maju jaya 1" ≁ "maju jaya 10".
 */
export function similarNames(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= minimumLength && ` ${longer} `.includes(` ${shorter} `);
}
