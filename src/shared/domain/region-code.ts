/** Kemendagri region codes are dotted: `63`, `63.72`, `63.72.01`, `63.72.01.1001`. */
export const regionCodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isWithinRegion(code: string, regionPrefix: string): boolean {
  return code === regionPrefix || code.startsWith(`${regionPrefix}.`);
}

/** The four Kemendagri levels, top down; a code's level is its number of dotted parts. */
export const regionLevels = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof regionLevels)[number];

export function regionLevelOf(code: string): RegionLevel | null {
  if (!regionCodePattern.test(code)) return null;
  return regionLevels[code.split('.').length - 1] ?? null;
}

/** The codes above `code`, top down (`63.72.02` → `63`, `63.72`); the code itself is not included. */
export function ancestorCodesOf(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(1).map((_part, index) => parts.slice(0, index + 1).join('.'));
}
