/** Kemendagri region codes are dotted: `63`, `63.72`, `63.72.01`, `63.72.01.1001`. */
export const regionCodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isWithinRegion(code: string, regionPrefix: string): boolean {
  return code === regionPrefix || code.startsWith(`${regionPrefix}.`);
}
