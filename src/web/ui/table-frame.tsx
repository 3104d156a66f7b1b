import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Horizontal scrolling on phones; on desktops the table scrolls inside a viewport-high frame so its
 * sticky header stays in view (sticky cannot follow the page from inside a scrolling container).
 */
export function TableFrame({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const desktop = useMediaQuery('(min-width: 62em)');
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      maxHeight={desktop ? 'calc(100dvh - 220px)' : undefined}
    >
      {children}
    </Table.ScrollContainer>
  );
}
