import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCustomCategoryRequestSchema } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { customCategoriesQueryOptions } from '../partners/partner-api';
import { createCategory, renameCategory } from './partner-categories-api';

interface CategoryNameModalProps {
  /** Absent: a new category. */
  category?: { code: string; name: string };
  onClose: () => void;
}

/** Names a new category, or renames one (its partners stay in it). */
export function CategoryNameModal({ category, onClose }: CategoryNameModalProps) {
  const { t } = useT();
  const tc = t.partnerCategories;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormValues({ name: category?.name ?? '' });

  const save = useMutation({
    mutationFn: (name: string) => (category ? renameCategory(category.code, name) : createCategory(name)),
    onSuccess: (saved) => {
      notify.success(fill(category ? tc.renamed : tc.created, { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: customCategoriesQueryOptions.queryKey });
      onClose();
    },
    onError: (error) => form.applyError(error, t, { CATEGORY_EXISTS: 'name' }),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createCustomCategoryRequestSchema.safeParse(form.values);
    if (!parsed.success) {
      form.setErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    save.mutate(parsed.data.name);
  };

  return (
    <Modal opened onClose={onClose} title={category ? tc.renameTitle : tc.addTitle} centered>
      <form onSubmit={submit} noValidate data-testid="category-form">
        <Stack gap="sm">
          {form.formError !== null && <ErrorAlert error={form.formError} />}
          <TextInput
            {...form.field('name')}
            label={tc.name}
            description={tc.nameHint}
            required
            withAsterisk={false}
            maxLength={80}
            data-autofocus
            data-testid="category-name"
          />
          {category && (
            <Text size="sm" c="dimmed">
              {tc.renameNote}
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="category-save">
              {category ? t.common.save : tc.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
