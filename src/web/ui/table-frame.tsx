import type { ReactNode } from 'react';
import { Box } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Horizontal scrolling on phones; on desktops the table scrolls inside a viewport-high frame so its
 * sticky header stays in view (sticky cannot follow the page from inside a scrolling container).
 * A plain scrolling box: Mantine's Table.ScrollContainer brings ScrollArea and floating-ui code to
 * every first page with a table (quality bar S11). It takes focus so the keyboard can scroll it too.
 */
export function TableFrame({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const desktop = useMediaQuery('(min-width: 62em)');
  return (
    <Box tabIndex={0} style={{ overflow: 'auto', maxHeight: desktop ? 'calc(100dvh - 220px)' : undefined }}>
      <div style={{ minWidth }}>{children}</div>
    </Box>
  );
}
