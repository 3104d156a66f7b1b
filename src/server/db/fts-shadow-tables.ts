/**
 * SQLite FTS5 indexes and the shadow tables each keeps (`<name>_data`, `_idx`, …): internals of the
 * search index (see migration 0006), not tables of the schema to model or give a tenant column.
 */
const ftsTables = ['partner_search_fts'];
const shadowSuffixes = ['_data', '_idx', '_content', '_docsize', '_config'];

export function isFtsShadowTable(name: string): boolean {
  return ftsTables.some(
    (table) => name === table || shadowSuffixes.some((suffix) => name === `${table}${suffix}`),
  );
}
