import { Accordion, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { z } from 'zod';
import type { versionComparisonSchema } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

type Comparison = z.output<typeof versionComparisonSchema>;
type Article = Comparison['articles'][number];

const addedStyle = {
  background: 'var(--mantine-color-green-1)',
  color: 'var(--mantine-color-green-9)',
  textDecoration: 'underline',
};
const removedStyle = {
  background: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'line-through',
};

function ArticleText({ article }: { article: Article }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>
      {article.parts.map((part, index) =>
        part.added ? (
          <ins key={index} style={addedStyle} data-testid="diff-added">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} style={removedStyle} data-testid="diff-removed">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </Text>
  );
}

/** Two versions per article: added words green and underlined, removed red and struck through, the rest folded. */
export function VersionComparison({ comparison }: { comparison: Comparison }) {
  const { t } = useT();
  const tv = t.agreementVersions;
  const changed = comparison.articles.filter((article) => article.change !== 'same');
  const same = comparison.articles.filter((article) => article.change === 'same');
  const fieldNames: Record<string, string> = tv.fields;
  const changeLabel = {
    added: tv.changeAdded,
    removed: tv.changeRemoved,
    changed: tv.changeChanged,
  } as const;
  return (
    <Stack gap="md" data-testid="version-comparison">
      <Group gap="md">
        <Text size="xs">
          <ins style={addedStyle}>{tv.legendAdded}</ins>
        </Text>
        <Text size="xs">
          <del style={removedStyle}>{tv.legendRemoved}</del>
        </Text>
      </Group>
      {comparison.changedFields.length > 0 && (
        <Paper withBorder p="sm" radius="md" data-testid="comparison-fields">
          <Text size="sm" fw={600}>
            {tv.changedFields}
          </Text>
          <Text size="sm">
            {comparison.changedFields.map((field) => fieldNames[field] ?? field).join(', ')}
          </Text>
        </Paper>
      )}
      {changed.length === 0 && comparison.changedFields.length === 0 && (
        <Text size="sm" c="dimmed">
          {tv.noChanges}
        </Text>
      )}
      {changed.map((article) => (
        <Paper
          key={`${article.title}-${article.change}`}
          withBorder
          p="md"
          radius="md"
          data-testid="comparison-article"
        >
          <Group gap="xs" mb="xs">
            <Text fw={700}>{article.title}</Text>
            {article.change !== 'same' && (
              <Badge
                size="sm"
                variant="light"
                color={article.change === 'removed' ? 'red' : article.change === 'added' ? 'green' : 'blue'}
              >
                {changeLabel[article.change]}
              </Badge>
            )}
          </Group>
          <ArticleText article={article} />
        </Paper>
      ))}
      {same.length > 0 && (
        <Accordion variant="contained" data-testid="comparison-unchanged">
          <Accordion.Item value="same">
            <Accordion.Control>{fill(tv.unchangedArticles, { count: same.length })}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {same.map((article) => (
                  <div key={article.title}>
                    <Text fw={600} size="sm">
                      {article.title}
                    </Text>
                    <ArticleText article={article} />
                  </div>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  );
}
