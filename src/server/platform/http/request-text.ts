import { AppError } from './app-error';

interface Visit {
  node: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/** Half of a surrogate pair with no other half: JSON may carry one as `\ud800`, UTF-8 cannot. */
const loneSurrogate = /\p{Cs}/gu;

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = visit; at.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

function mendText(text: string): string {
  loneSurrogate.lastIndex = 0;
  return loneSurrogate.test(text) ? text.replace(loneSurrogate, '\uFFFD') : text;
}

/**
 * Checks every text of a parsed request part, keys included, and returns the part with each lone
 * surrogate made U+FFFD in place. U+0000 is refused: PostgreSQL text cannot store it (every such
 * write was a 500) and XML-based documents cannot carry it. A lone surrogate becomes U+FFFD, which
 * is what either database would have stored, so a handler sees the stored text and
 * encodeURIComponent (a wa.me link) cannot throw on it. A loop with parent links, not recursion or
 * copied paths: a JSON body may nest tens of thousands of levels deep.
 */
export function checkRequestText(value: unknown, part: string): unknown {
  const refuse = (path: (string | number)[]): never => {
    throw new AppError('VALIDATION_FAILED', [
      { path: [part, ...path], code: 'nul_character', message: 'Text may not contain U+0000.' },
    ]);
  };
  if (typeof value === 'string') {
    if (value.includes('\u0000')) refuse([]);
    return mendText(value);
  }
  const pending: Visit[] = [{ node: value, key: null, parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { node } = visit;
    if (Array.isArray(node)) {
      node.forEach((item: unknown, index) => {
        if (typeof item === 'string') {
          if (item.includes('\u0000')) refuse([...pathOf(visit), index]);
          node[index] = mendText(item);
        } else pending.push({ node: item, key: index, parent: visit });
      });
    } else if (node !== null && typeof node === 'object' && !Buffer.isBuffer(node)) {
      const record = node as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        if (key.includes('\u0000')) refuse([...pathOf(visit), key]);
        const mendedKey = mendText(key);
        if (mendedKey !== key) {
          delete record[key];
          record[mendedKey] = item;
        }
        if (typeof item === 'string') {
          if (item.includes('\u0000')) refuse([...pathOf(visit), mendedKey]);
          record[mendedKey] = mendText(item);
        } else pending.push({ node: item, key: mendedKey, parent: visit });
      }
    }
  }
  return value;
}
