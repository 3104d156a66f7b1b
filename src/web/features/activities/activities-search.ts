/** Kegiatan list: the filters live in the URL so a dashboard figure can link to its list (issue 8, helper C fills this in). */
export type ActivitiesSearch = Record<string, string | undefined>;

export function parseActivitiesSearch(search: Record<string, unknown>): ActivitiesSearch {
  return Object.fromEntries(
    Object.entries(search).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
