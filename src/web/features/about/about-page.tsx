import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { PageHeader } from '../../ui/page-header';

/** "Tentang Jalin": what Jalin is and the credits its data requires (ODbL for the regions). */
export function AboutPage() {
  const { t } = useT();
  const ta = t.about;
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={ta.title} description={ta.intro} />
      <Card withBorder radius="md" padding="lg" data-testid="about-data-sources">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {ta.dataTitle}
          </Title>
          <Text fw={600} data-testid="region-data-attribution">
            {ta.regionData}
          </Text>
          <Text size="sm" c="dimmed">
            {ta.regionDataDetail}
          </Text>
          <Anchor
            href="https://github.com/fityannugroho/idn-area-data"
            target="_blank"
            rel="noreferrer"
            size="sm"
          >
            {ta.sourceLink}
          </Anchor>
          <Anchor
            href="https://opendatacommons.org/licenses/odbl/"
            target="_blank"
            rel="noreferrer"
            size="sm"
          >
            {ta.licenceLink}
          </Anchor>
        </Stack>
      </Card>
    </Stack>
  );
}
