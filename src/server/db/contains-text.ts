import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * `lower(column)` holds `text` anywhere, case-folded, with `%`, `_` and `\` in `text` taken literally.
 * The explicit `ESCAPE` matters on SQLite, whose `LIKE` has no escape character unless told one: a
 * backslash-escaped pattern without it searched for the backslash and found nothing.
 */
export function containsText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}

/** `text` with `%`, `_` and `\` backslash-escaped, for a `like` whose escape character is `\`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
