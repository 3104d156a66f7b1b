import type { Catalog } from './catalog';
import { en } from './en';
import { id } from './id';

/** The catalog of a user's locale: Indonesian unless English was chosen. */
export function catalogOf(locale: string): Catalog {
  return locale === 'en' ? en : id;
}

/** A vocabulary word, or the stored value itself when the vocabulary has none (an institution's own). */
export function wordFor(words: Readonly<Record<string, string>>, value: string): string {
  return words[value] ?? value;
}
