import type { id } from './id';

/** Same keys as the Indonesian catalog, any string values: a missing key in another language fails to compile. */
export type DeepStrings<T> = T extends string ? string : { readonly [K in keyof T]: DeepStrings<T[K]> };

export type Catalog = DeepStrings<typeof id>;

/** Replaces `{name}` placeholders with values; unknown placeholders stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}
