import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's palettes with shades 7–9 darkened until text in shade 7 on white or gray.0, white on a
 * filled shade 7, and the light variant's shade 9 on shade 1 all reach WCAG AA (4.5:1). Shades 0–6
 * (tints, borders) are Mantine's own. Generated once from Mantine 9's palettes: lightness lowered in
 * 3% steps until the contrast held; `tests/e2e/accessibility.e2e.ts` checks the result on every page.
 */
const accessibleColors: Record<string, MantineColorsTuple> = {
  red: [
    '#fff5f5',
    '#ffe3e3',
    '#ffc9c9',
    '#ffa8a8',
    '#ff8787',
    '#ff6b6b',
    '#fa5252',
    '#dc1111',
    '#c20f0f',
    '#a70d0d',
  ],
  orange: [
    '#fff4e6',
    '#ffe8cc',
    '#ffd8a8',
    '#ffc078',
    '#ffa94d',
    '#ff922b',
    '#fd7e14',
    '#bc4e05',
    '#a54504',
    '#8f3b04',
  ],
  yellow: [
    '#fff9db',
    '#fff3bf',
    '#ffec99',
    '#ffe066',
    '#ffd43b',
    '#fcc419',
    '#fab005',
    '#966200',
    '#845600',
    '#724a00',
  ],
  green: [
    '#ebfbee',
    '#d3f9d8',
    '#b2f2bb',
    '#8ce99a',
    '#69db7c',
    '#51cf66',
    '#40c057',
    '#277f37',
    '#227030',
    '#1e612a',
  ],
  teal: [
    '#e6fcf5',
    '#c3fae8',
    '#96f2d7',
    '#63e6be',
    '#38d9a9',
    '#20c997',
    '#12b886',
    '#097e5b',
    '#086f50',
    '#076045',
  ],
  blue: [
    '#e7f5ff',
    '#d0ebff',
    '#a5d8ff',
    '#74c0fc',
    '#4dabf7',
    '#339af0',
    '#228be6',
    '#1970bd',
    '#1663a6',
    '#135590',
  ],
  indigo: [
    '#edf2ff',
    '#dbe4ff',
    '#bac8ff',
    '#91a7ff',
    '#748ffc',
    '#5c7cfa',
    '#4c6ef5',
    '#4263eb',
    '#2148e8',
    '#163acf',
  ],
  violet: [
    '#f3f0ff',
    '#e5dbff',
    '#d0bfff',
    '#b197fc',
    '#9775fa',
    '#845ef7',
    '#7950f2',
    '#7048e8',
    '#5728e4',
    '#471acd',
  ],
  cyan: [
    '#e3fafc',
    '#c5f6fa',
    '#99e9f2',
    '#66d9e8',
    '#3bc9db',
    '#22b8cf',
    '#15aabf',
    '#0d7b8c',
    '#0b6c7b',
    '#0a5d6a',
  ],
  grape: [
    '#f8f0fc',
    '#f3d9fa',
    '#eebefa',
    '#e599f7',
    '#da77f2',
    '#cc5de8',
    '#be4bdb',
    '#ab38c7',
    '#9631af',
    '#822b97',
  ],
  pink: [
    '#fff0f6',
    '#ffdeeb',
    '#fcc2d7',
    '#faa2c1',
    '#f783ac',
    '#f06595',
    '#e64980',
    '#d02a64',
    '#b72558',
    '#9e204c',
  ],
  lime: [
    '#f4fce3',
    '#e9fac8',
    '#d8f5a2',
    '#c0eb75',
    '#a9e34b',
    '#94d82d',
    '#82c91e',
    '#4e7c0f',
    '#456d0d',
    '#3b5e0b',
  ],
};

/** Calm teal, comfortable radii, system fonts (nothing downloaded). */
export const theme = createTheme({
  colors: accessibleColors,
  primaryColor: 'teal',
  primaryShade: { light: 7 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  cursorType: 'pointer',
});

/**
 * Mantine's dimmed grey (gray.6) is 3.3:1 on white, under WCAG AA's 4.5:1 for the small hint
 * text Jalin dims everywhere; gray.7 reads as secondary and passes at 7.8:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // gray.5 placeholders are 2.1:1; this grey is 4.7:1 and still lighter than typed text.
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});
