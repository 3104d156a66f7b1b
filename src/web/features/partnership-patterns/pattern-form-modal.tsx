import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnershipPatternItem } from '../../../shared/contracts/partnership-patterns';
import { createPartnershipPatternRequestSchema } from '../../../shared/contracts/partnership-patterns';
import { fill } from '../../../shared/i18n/catalog';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { createPattern, partnershipPatternsQueryOptions, updatePattern } from './partnership-patterns-api';

interface PatternFormModalProps {
  /** Absent: a new pattern. */
  pattern?: PartnershipPatternItem;
  onClose: () => void;
}

/** Names and describes a new pattern, or changes one (its partnerships keep it). */
export function PatternFormModal({ pattern, onClose }: PatternFormModalProps) {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormValues({ name: pattern?.name ?? '', description: pattern?.description ?? '' });

  const save = useMutation({
    mutationFn: (body: { name: string; description: string | null }) =>
      pattern ? updatePattern(pattern.code, { ...body, version: pattern.version ?? 1 }) : createPattern(body),
    onSuccess: (saved) => {
      notify.success(fill(pattern ? tp.saved : tp.created, { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: partnershipPatternsQueryOptions.queryKey });
      onClose();
    },
    onError: (error) => form.applyError(error, t, { PATTERN_EXISTS: 'name' }),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createPartnershipPatternRequestSchema.safeParse(form.values);
    if (!parsed.success) {
      form.setErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    save.mutate({ name: parsed.data.name, description: parsed.data.description ?? null });
  };

  return (
    <Modal opened onClose={onClose} title={pattern ? tp.editTitle : tp.addTitle} centered>
      <form onSubmit={submit} noValidate data-testid="pattern-form">
        <Stack gap="sm">
          {form.formError !== null && <ErrorAlert error={form.formError} />}
          <TextInput
            {...form.field('name')}
            label={tp.name}
            description={tp.nameHint}
            required
            withAsterisk={false}
            maxLength={80}
            data-autofocus
            data-testid="pattern-name"
          />
          <Textarea
            {...form.field('description')}
            label={tp.description}
            description={tp.descriptionHint}
            autosize
            minRows={2}
            maxLength={300}
            data-testid="pattern-description"
          />
          {pattern && (
            <Text size="sm" c="dimmed">
              {tp.editNote}
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="pattern-save">
              {pattern ? t.common.save : tp.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
