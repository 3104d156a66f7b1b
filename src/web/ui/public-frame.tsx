import type { ReactNode } from 'react';
import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../lib/i18n';
import { LocaleSwitch } from './locale-switch';

interface PublicFrameProps {
  title: string;
  children: ReactNode;
  size?: number;
}

/** The frame of the pages used before sign-in: sign-in, first-run setup, set password. */
export function PublicFrame({ title, children, size = 440 }: PublicFrameProps) {
  const { t } = useT();
  return (
    <Box bg="gray.0" mih="100dvh" py={{ base: 'md', sm: 48 }}>
      <Container size={size} px="sm">
        <Group justify="space-between" mb="md" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={800} fz={26} c="teal.8" lh={1.1}>
              {t.common.appName}
            </Text>
            <Text size="xs" c="dimmed">
              {t.common.tagline}
            </Text>
          </Stack>
          <LocaleSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }} component="main">
          <Title order={1} size="h3" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
