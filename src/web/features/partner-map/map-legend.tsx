import { Box, Group, Text } from '@mantine/core';
import { builtInPartnerCategories } from '../../../shared/domain/partner-vocabulary';
import { useT } from '../../lib/i18n';

interface MapLegendProps {
  colourOf: (category: string) => string;
  /** Whether a custom category is among the points; its grey gets a line then. */
  withCustom: boolean;
}

function Swatch({ colour }: { colour: string }) {
  return (
    <Box
      component="span"
      w={12}
      h={12}
      style={{ borderRadius: '50%', background: colour, boxShadow: '0 0 0 1px rgba(0,0,0,0.35)' }}
      aria-hidden
    />
  );
}

/** What each marker colour means: the guide's five categories, then the institution's own. */
export function MapLegend({ colourOf, withCustom }: MapLegendProps) {
  const { t } = useT();
  const items = [
    ...builtInPartnerCategories.map((code) => ({ code, label: t.partnerVocab.categories[code] })),
    ...(withCustom ? [{ code: 'custom:', label: t.partnerMap.customCategory }] : []),
  ];
  return (
    <Group
      gap="xs"
      component="ul"
      aria-label={t.partnerMap.legend}
      data-testid="partner-map-legend"
      style={{ listStyle: 'none', padding: 0, margin: 0, columnGap: 'var(--mantine-spacing-md)' }}
    >
      {items.map((item) => (
        <Group key={item.code} gap={6} component="li" wrap="nowrap">
          <Swatch colour={colourOf(item.code)} />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
