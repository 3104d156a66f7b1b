import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createApiTokenRequestSchema } from '../../../shared/contracts/api-tokens';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { CopyableField } from '../../ui/copyable-field';
import { ErrorAlert } from '../../ui/error-alert';
import { apiTokensQueryKey, createApiToken } from './api-tokens-api';

/** Name a token, then see its secret once, with the warning that it will not be shown again. */
export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const form = useFormValues({ name: '' });

  const create = useMutation({
    mutationFn: (name: string) => createApiToken(name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
    onError: (error) => form.applyError(error, t),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createApiTokenRequestSchema.safeParse(form.values);
    if (!parsed.success) {
      form.setErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    create.mutate(parsed.data.name);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={create.data ? t.apiTokens.createdTitle : t.apiTokens.create}
      centered
      size="lg"
      closeOnClickOutside={!create.data}
    >
      {create.data ? (
        <Stack gap="sm" data-testid="api-token-secret">
          <Alert color="orange" role="alert">
            {t.apiTokens.secretWarning}
          </Alert>
          <CopyableField
            label={t.apiTokens.secretLabel}
            value={create.data.secret}
            testId="api-token-secret-value"
          />
          <Text size="xs" c="dimmed">
            {t.apiTokens.usage}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="api-token-done">
              {t.common.done}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="create-api-token-form">
          <Stack gap="sm">
            {form.formError !== null && <ErrorAlert error={form.formError} />}
            <TextInput
              {...form.field('name')}
              label={t.apiTokens.name}
              description={t.apiTokens.nameHint}
              required
              withAsterisk={false}
              data-autofocus
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose} disabled={create.isPending}>
                {t.common.cancel}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="create-api-token-submit">
                {t.apiTokens.create}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
