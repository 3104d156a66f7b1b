import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '../../src/server/app';
import { maxDatabaseInteger } from '../../src/shared/contracts/common';

/** Money is a bigint column; a rupiah amount may go to a trillion. */
const maxRupiah = 999_999_999_999;
const isMoney = (path: string) => /(Rupiah|\.contributions\.properties\.\w+)(\.anyOf\[\d+\])?$/.test(path);

/** Every integer a request may carry, with the largest value its schema lets through. */
function integersIn(node: unknown, path: string): { path: string; maximum: number | undefined }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => integersIn(item, `${path}[${index}]`));
  if (node === null || typeof node !== 'object') return [];
  const schema = node as Record<string, unknown>;
  const own =
    schema.type === 'integer'
      ? [{ path, maximum: (schema.maximum ?? schema.exclusiveMaximum) as number | undefined }]
      : [];
  return [...own, ...Object.entries(schema).flatMap(([key, child]) => integersIn(child, `${path}.${key}`))];
}

describe('request integers fit the column they are written to or compared with (promise 9)', () => {
  it('bounds every integer in every route’s params, query and body', () => {
    const unbounded = allRoutes.flatMap((route) =>
      (['params', 'query', 'body'] as const).flatMap((part) => {
        const schema = route[part];
        if (!schema) return [];
        const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
        return integersIn(json, part)
          .filter(
            ({ path, maximum }) =>
              maximum === undefined || maximum > (isMoney(path) ? maxRupiah : maxDatabaseInteger),
          )
          .map(({ path, maximum }) => `${route.method} ${route.path} ${path} (max ${maximum})`);
      }),
    );
    expect(unbounded).toEqual([]);
  });
});
