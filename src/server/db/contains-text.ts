import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * `lower(column)` holds `text` anywhere, case-folded, with `%`, `_` and `\` in `text` taken literally.
 * The explicit `ESCAPE` matters on SQLite, whose `LIKE` has no escape character unless told one: a
 * backslash-escaped pattern without it searched for the backslash and found nothing.
 */
export function containsText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}
