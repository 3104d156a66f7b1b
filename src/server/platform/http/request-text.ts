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

/**
 * Checks every text of a parsed request part, keys included, and returns the part with each lone
 * surrogate made U+FFFD in place. U+0000 is refused: PostgreSQL text cannot store it (every such
 * write was a 500) and XML-based documents cannot carry it. A lone surrogate becomes U+FFFD, which
 * is what either database would have stored, so a handler sees the stored text and
 * encodeURIComponent (a wa.me link) cannot throw on it. A loop with parent links, not recursion or
 * copied paths: a JSON body may nest tens of thousands of levels deep.
 */
export function checkRequestText(value: unknown, part: string): unknown {
  const checked = (text: string, at: () => (string | number)[]): string => {
    if (text.includes('\u0000')) {
      throw new AppError('VALIDATION_FAILED', [
        { path: [part, ...at()], code: 'nul_character', message: 'Text may not contain U+0000.' },
      ]);
    }
    return text.replace(loneSurrogate, '\uFFFD');
  };
  let result = value;
  const pending: Visit[] = [{ node: value, key: null, parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { node, key, parent } = visit;
    if (typeof node === 'string') {
      const text = checked(node, () => pathOf(visit));
      if (text === node) continue;
      if (parent) (parent.node as Record<string | number, unknown>)[key!] = text;
      else result = text;
    } else if (Array.isArray(node)) {
      node.forEach((item: unknown, index) => pending.push({ node: item, key: index, parent: visit }));
    } else if (node !== null && typeof node === 'object' && !Buffer.isBuffer(node)) {
      const record = node as Record<string, unknown>;
      for (const [name, item] of Object.entries(record)) {
        const mendedName = checked(name, () => [...pathOf(visit), name]);
        if (mendedName !== name) {
          delete record[name];
          record[mendedName] = item;
        }
        pending.push({ node: item, key: mendedName, parent: visit });
      }
    }
  }
  return result;
}
