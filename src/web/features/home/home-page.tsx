import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { userPageSchema } from '../../../shared/contracts/users';
import { fill } from '../../../shared/i18n/catalog';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useViewingInstitution } from '../../lib/viewing-institution';
import { PageHeader } from '../../ui/page-header';
import { ButtonLink } from '../../ui/router-links';
import { AgendaHomeCard } from '../care/agenda-home-card';
import { FollowUpsCard } from '../follow-ups/follow-ups-card';
import { institutionQueryOptions } from '../institutions/institution-queries';
import { DashboardSection } from '../reports/dashboard-section';

interface ChecklistItemProps {
  title: string;
  hint: string;
  done: boolean | undefined;
  action: ReactNode;
  testId: string;
}

function ChecklistItem({ title, hint, done, action, testId }: ChecklistItemProps) {
  const { t } = useT();
  return (
    <Paper withBorder p="md" radius="md" component="li" data-testid={testId}>
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
          <Group gap="xs">
            <Text fw={600}>{title}</Text>
            {done !== undefined && (
              <Badge color={done ? 'teal' : 'gray'} variant="light">
                {done ? t.home.done : t.home.todo}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </Stack>
        {action}
      </Group>
    </Paper>
  );
}

/** Beranda: a welcome, today’s agenda, my follow-ups and the first steps. */
export function HomePage() {
  const { t } = useT();
  const me = useMe();
  // Another institution's first steps are not the supervisor's to take.
  const viewing = useViewingInstitution();
  const canReadUsers = me.permissions.includes('users.read');
  const canManageUsers = me.permissions.includes('users.manage');
  const canReadFollowUps = me.permissions.includes('interactions.read');
  const canReadPartners = me.permissions.includes('partners.read');
  const institution = useQuery(institutionQueryOptions(me.institution.id)).data;
  const users = useQuery({
    queryKey: ['users', me.institution.id, 'first-page'],
    queryFn: ({ signal }) =>
      api.get(
        `/institutions/${encodeURIComponent(me.institution.id)}/users`,
        userPageSchema,
        { limit: 2 },
        signal,
      ),
    enabled: canReadUsers,
  }).data;

  const profileDone = institution
    ? Boolean(institution.address && institution.regionCode && institution.operatingLicence.number)
    : undefined;
  const numberingDone = institution ? Boolean(institution.unitCode) : undefined;
  const usersDone = users ? users.items.length > 1 : undefined;
  // Once every first step is done the checklist only takes room from the dashboard.
  const checklistDone =
    profileDone === true && numberingDone === true && (!canManageUsers || usersDone === true);

  return (
    <>
      <PageHeader
        title={fill(t.home.welcome, { name: me.user.name })}
        description={fill(t.home.intro, { institution: me.institution.name })}
      />
      {canReadPartners && <AgendaHomeCard />}
      {canReadPartners && <DashboardSection />}
      {canReadFollowUps && <FollowUpsCard />}
      {!checklistDone && !viewing && (
        <>
          <Title order={2} size="h4" mb="sm">
            {t.home.startHere}
          </Title>
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="start-checklist"
          >
            <ChecklistItem
              testId="checklist-profile"
              title={t.home.stepProfile}
              hint={t.home.stepProfileHint}
              done={profileDone}
              action={
                <ButtonLink to="/pengaturan/lembaga" variant="light">
                  {t.common.open}
                </ButtonLink>
              }
            />
            {canManageUsers && (
              <ChecklistItem
                testId="checklist-users"
                title={t.home.stepUsers}
                hint={t.home.stepUsersHint}
                done={usersDone}
                action={
                  <ButtonLink to="/pengaturan/pengguna" variant="light">
                    {t.common.open}
                  </ButtonLink>
                }
              />
            )}
            <ChecklistItem
              testId="checklist-numbering"
              title={t.home.stepNumbering}
              hint={t.home.stepNumberingHint}
              done={numberingDone}
              action={
                <ButtonLink to="/pengaturan/lembaga" hash="dokumen" variant="light">
                  {t.common.open}
                </ButtonLink>
              }
            />
          </Stack>
        </>
      )}
    </>
  );
}
