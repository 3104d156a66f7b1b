import type { ScrollAreaProps } from '@mantine/core';

/**
 * A region that scrolls must take keyboard focus, or someone without a mouse cannot reach what is
 * cut off (WCAG 2.1.1; axe's scrollable-region-focusable). For Table.ScrollContainer's ScrollArea.
 */
export const keyboardScrollable: ScrollAreaProps = { viewportProps: { tabIndex: 0 } };
