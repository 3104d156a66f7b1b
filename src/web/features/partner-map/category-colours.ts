import { useCallback } from 'react';
import { useMantineTheme } from '@mantine/core';
import { categoryColor } from '../partners/partner-labels';

/**
 * A marker's fill: the hue of the category badge in the list, so both views read alike; custom
 * categories share grey. Stable while the theme is, so markers are not rebuilt on every render.
 */
export function useCategoryColour(): (category: string) => string {
  const theme = useMantineTheme();
  return useCallback((category) => theme.colors[categoryColor[category] ?? 'gray']![7], [theme]);
}
