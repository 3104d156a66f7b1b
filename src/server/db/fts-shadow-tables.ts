/** SQLite FTS5 keeps each index in shadow tables (`<name>_data`, `_idx`, …); they are not ours to model. */
const ftsTables = ['partner_search'];
const shadowSuffixes = ['_data', '_idx', '_content', '_docsize', '_config'];

export function isFtsShadowTable(name: string): boolean {
  return ftsTables.some((table) => shadowSuffixes.some((suffix) => name === `${table}${suffix}`));
}
