import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { updateUserRequestSchema, type User } from '../../../shared/contracts/users';
import { listAssignableRoles } from '../../../shared/domain/roles';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { parseRegionCodes, updateUser } from './users-api';

interface ChangeRoleModalProps {
  user: User;
  onDone: (updated: User) => void;
  onConflict: () => void;
  onClose: () => void;
}

export function ChangeRoleModal({ user, onDone, onConflict, onClose }: ChangeRoleModalProps) {
  const { t } = useT();
  const me = useMe();
  const roles = listAssignableRoles(me.user.role);
  const form = useFormValues({
    role: user.role,
    supervisedRegionCodes: user.supervisedRegionCodes.join(', '),
  });
  const selectedRole = roles.find((role) => role === form.values.role);

  const save = useMutation({
    mutationFn: (body: unknown) => updateUser(me.institution.id, user.id, body),
    onSuccess: onDone,
    onError: (error) => {
      if (isApiError(error, 'VERSION_CONFLICT')) onConflict();
      form.applyError(error, t, { ROLE_NOT_ASSIGNABLE: 'role' });
    },
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = updateUserRequestSchema.safeParse({
      role: form.values.role,
      supervisedRegionCodes:
        form.values.role === 'supervisor' ? parseRegionCodes(form.values.supervisedRegionCodes) : undefined,
      version: user.version,
    });
    if (!parsed.success) {
      form.setErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    save.mutate(parsed.data);
  };

  return (
    <Modal opened onClose={onClose} title={fill(t.users.changeRoleTitle, { name: user.name })} centered>
      <form onSubmit={submit} noValidate data-testid="change-role-form">
        <Stack gap="sm">
          {form.formError !== null && <ErrorAlert error={form.formError} />}
          <NativeSelect
            {...form.field('role')}
            label={t.users.role}
            description={selectedRole ? t.roleDescriptions[selectedRole] : undefined}
            data={roles.map((role) => ({ value: role, label: t.roles[role] }))}
          />
          {form.values.role === 'supervisor' && (
            <TextInput
              {...form.field('supervisedRegionCodes')}
              label={t.users.regionCodes}
              description={t.users.regionCodesHint}
              inputMode="decimal"
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="change-role-submit">
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
