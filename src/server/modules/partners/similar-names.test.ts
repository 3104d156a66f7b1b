import { describe, expect, it } from 'vitest';
import { nameFragments, similarNames } from './similar-names';

describe('similar partner names', () => {
  it('are equal or one is a run of whole words in the other', () => {
    expect(similarNames('maju jaya', 'bengkel maju jaya')).toBe(true);
    expect(similarNames('bengkel maju jaya motor', 'maju jaya')).toBe(true);
    expect(similarNames('rumah rajut intan', 'rumah rajut intan')).toBe(true);
    expect(similarNames('maju jaya 1', 'maju jaya 10')).toBe(false);
    expect(similarNames('jaya', 'jaya abadi')).toBe(false);
    expect(similarNames('', 'jaya abadi')).toBe(false);
  });

  it('fragments cover exactly the runs similarNames accepts', () => {
    const fragments = nameFragments('bengkel maju jaya');
    expect(fragments).toContain('maju jaya');
    expect(fragments).toContain('bengkel');
    expect(fragments).not.toContain('maju');
    for (const fragment of fragments) expect(similarNames(fragment, 'bengkel maju jaya')).toBe(true);
  });
});
