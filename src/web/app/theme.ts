import { createTheme } from '@mantine/core';

/** Calm teal, comfortable radii, system fonts (nothing downloaded). */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  cursorType: 'pointer',
});
