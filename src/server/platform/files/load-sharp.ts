import type Sharp from 'sharp';

/** sharp's native binding loads on the first picture, not at every start (S10). */
export async function loadSharp(): Promise<typeof Sharp> {
  const loaded = (await import('sharp')) as typeof Sharp & { default?: typeof Sharp };
  return loaded.default ?? loaded;
}
