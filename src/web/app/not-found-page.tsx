import { Container } from '@mantine/core';
import { useT } from '../lib/i18n';
import { EmptyPanel } from '../ui/empty-panel';
import { ButtonLink } from '../ui/router-links';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <Container size="sm" py="xl">
      <EmptyPanel
        testId="not-found"
        title={t.common.notFoundTitle}
        description={t.common.notFoundBody}
        actions={<ButtonLink to="/">{t.common.backHome}</ButtonLink>}
      />
    </Container>
  );
}
