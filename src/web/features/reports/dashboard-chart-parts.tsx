import type { ReactNode } from 'react';
import { BarsList } from '@mantine/charts';
import { Box, ColorSwatch, Group, Paper, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import type { DashboardLink } from './dashboard-links';

export interface LinkedItem {
  key: string;
  label: string;
  count: number;
  link: DashboardLink;
  color?: string;
  /** A second line under the label (conversion, days in stage). */
  detail?: string;
}

export function useNumber(): (value: number) => string {
  const { locale } = useT();
  const format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

interface ChartCardProps {
  title: string;
  hint?: string;
  testId: string;
  children: ReactNode;
}

export function ChartCard({ title, hint, testId, children }: ChartCardProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" data-testid={testId} h="100%">
      <Title order={3} size="h5" mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** The numbers behind a chart as links, so a keyboard reaches every list a segment leads to. */
export function LinkList({ items, testId }: { items: LinkedItem[]; testId: string }) {
  const format = useNumber();
  const theme = useMantineTheme();
  return (
    <Stack component="ul" gap={2} p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.key}>
          <AnchorLink
            {...item.link}
            underline="hover"
            c="inherit"
            display="block"
            py={4}
            data-testid={`${testId}-${item.key}`}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              {item.color && (
                <ColorSwatch
                  color={theme.colors[item.color]?.[6] ?? item.color}
                  size={12}
                  mt={5}
                  withShadow={false}
                />
              )}
              <Box style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm">{item.label}</Text>
                {item.detail && (
                  <Text size="xs" c="dimmed">
                    {item.detail}
                  </Text>
                )}
              </Box>
              <Text size="sm" fw={700} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format(item.count)}
              </Text>
            </Group>
          </AnchorLink>
        </li>
      ))}
    </Stack>
  );
}

/**
 * Horizontal bars, each one a link to its list, the number at its end. The label sits above its
 * bar rather than inside it, so long Indonesian names stay whole on a 360 px phone.
 */
export function LinkedBars({ items, testId, color }: { items: LinkedItem[]; testId: string; color: string }) {
  const { t } = useT();
  const format = useNumber();
  const theme = useMantineTheme();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
        {t.dashboardUi.sliceEmpty}
      </Text>
    );
  const byKey = new Map(items.map((item) => [item.key, item]));
  const max = Math.max(...items.map((item) => item.count), 1);
  return (
    <BarsList
      data={items.map((item) => ({ name: item.key, value: item.count, color: item.color ?? color }))}
      barGap="xs"
      renderBar={(bar, defaultBar) => {
        const item = byKey.get(bar.name);
        if (!item) return defaultBar;
        const shade = theme.colors[item.color ?? color]?.[5] ?? theme.colors.blue[5];
        return (
          <AnchorLink
            {...item.link}
            underline="never"
            c="inherit"
            display="block"
            py={2}
            data-testid={`${testId}-${item.key}`}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start" mb={4}>
              <Text size="sm" lh={1.35}>
                {item.label}
              </Text>
              <Text size="sm" fw={700} lh={1.35} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format(item.count)}
              </Text>
            </Group>
            <Box h={10} bg="gray.1" style={{ borderRadius: 5, overflow: 'hidden' }}>
              <Box
                h="100%"
                w={`${Math.max((item.count / max) * 100, item.count > 0 ? 2 : 0)}%`}
                bg={shade}
                style={{ borderRadius: 5 }}
              />
            </Box>
          </AnchorLink>
        );
      }}
    />
  );
}
