import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createUserRequestSchema } from '../../../shared/contracts/users';
import { listAssignableRoles } from '../../../shared/domain/roles';
import { fill } from '../../../shared/i18n/catalog';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { PasswordLinkView } from './password-link-view';
import { createUser, parseRegionCodes, usersQueryKey } from './users-api';

/** "Tambah pengguna": name, email, language, a role the current user may give; then the password link. */
export function AddUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const institutionId = me.institution.id;
  const roles = listAssignableRoles(me.user.role);
  const defaultRole = roles.includes('facilitator') ? 'facilitator' : (roles[0] ?? '');
  const form = useFormValues({
    name: '',
    email: '',
    locale: 'id',
    role: defaultRole,
    supervisedRegionCodes: '',
  });
  const isSupervisor = form.values.role === 'supervisor';

  const create = useMutation({
    mutationFn: (body: unknown) => createUser(institutionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey(institutionId) }),
    onError: (error) => form.applyError(error, t, { EMAIL_TAKEN: 'email', ROLE_NOT_ASSIGNABLE: 'role' }),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { supervisedRegionCodes, ...rest } = form.values;
    const parsed = createUserRequestSchema.safeParse({
      ...rest,
      supervisedRegionCodes: isSupervisor ? parseRegionCodes(supervisedRegionCodes) : undefined,
    });
    if (!parsed.success) {
      form.setErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    create.mutate(parsed.data);
  };

  const selectedRole = roles.find((role) => role === form.values.role);

  return (
    <Modal opened onClose={onClose} title={create.data ? t.users.linkTitle : t.users.add} centered size="lg">
      {create.data ? (
        <Stack>
          <Text fw={600}>{fill(t.users.added, { name: create.data.user.name })}</Text>
          <PasswordLinkView
            link={create.data.passwordLink}
            name={create.data.user.name}
            email={create.data.user.email}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="add-user-done">
              {t.common.done}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="add-user-form">
          <Stack gap="sm">
            {form.formError !== null && <ErrorAlert error={form.formError} />}
            <TextInput
              {...form.field('name')}
              label={t.users.fullName}
              autoComplete="off"
              required
              withAsterisk={false}
              data-autofocus
            />
            <TextInput
              {...form.field('email')}
              label={t.users.email}
              type="email"
              inputMode="email"
              autoComplete="off"
              required
              withAsterisk={false}
            />
            <NativeSelect
              {...form.field('locale')}
              label={t.locales.label}
              description={t.users.localeHint}
              data={[
                { value: 'id', label: t.locales.id },
                { value: 'en', label: t.locales.en },
              ]}
            />
            <NativeSelect
              {...form.field('role')}
              label={t.users.role}
              description={selectedRole ? t.roleDescriptions[selectedRole] : undefined}
              data={roles.map((role) => ({ value: role, label: t.roles[role] }))}
            />
            {isSupervisor && (
              <TextInput
                {...form.field('supervisedRegionCodes')}
                label={t.users.regionCodes}
                description={t.users.regionCodesHint}
                inputMode="decimal"
              />
            )}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose} disabled={create.isPending}>
                {t.common.cancel}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="add-user-submit">
                {t.users.submitAdd}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
