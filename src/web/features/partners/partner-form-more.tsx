import { Fieldset, NativeSelect, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { kbliVersions } from '../../../shared/domain/partner-vocabulary';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useCanPartners } from './partner-access';
import { activeUsersQueryOptions } from './partner-api';
import type { PartnerSectionProps } from './partner-form-fields';
import { splitList } from './partner-form-values';

export function BusinessSection({ field }: PartnerSectionProps) {
  const { t } = useT();
  const tf = t.partnerForm;
  return (
    <Fieldset legend={tf.business}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          {...field('identifiers.nib')}
          label={tf.nib}
          description={tf.nibHint}
          inputMode="numeric"
          maxLength={13}
        />
        <TextInput
          {...field('identifiers.npwp')}
          label={tf.npwp}
          description={tf.npwpHint}
          inputMode="numeric"
          maxLength={24}
        />
        <TextInput
          {...field('identifiers.kbliCode')}
          label={tf.kbliCode}
          description={tf.kbliHint}
          inputMode="numeric"
          maxLength={5}
        />
        <NativeSelect
          {...field('identifiers.kbliVersion')}
          label={tf.kbliVersion}
          description=" "
          data={[
            { value: '', label: '–' },
            ...kbliVersions.map((version) => ({ value: version, label: `KBLI ${version}` })),
          ]}
        />
        <TextInput
          {...field('identifiers.cooperativeLegalNumber')}
          label={tf.cooperativeNumber}
          description={tf.cooperativeHint}
          autoCapitalize="characters"
        />
      </SimpleGrid>
    </Fieldset>
  );
}

function FacilitatorSelect({ field }: Pick<PartnerSectionProps, 'field'>) {
  const { t } = useT();
  const me = useMe();
  const users = useQuery(activeUsersQueryOptions(me.institution.id));
  const props = field('facilitatorUserId');
  const options = (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }));
  // Keep a chosen user who is no longer active visible rather than silently dropping them.
  if (props.value && !options.some((option) => option.value === props.value)) {
    options.push({ value: props.value, label: props.value });
  }
  return (
    <NativeSelect
      {...props}
      label={t.partnerForm.facilitator}
      data={[{ value: '', label: t.partnerForm.facilitatorNone }, ...options]}
      disabled={users.isPending}
    />
  );
}

export function OtherSection({ field, values, errors, setValue }: PartnerSectionProps) {
  const { t } = useT();
  const tf = t.partnerForm;
  const canReadUsers = useCanPartners('users.read');
  return (
    <Fieldset legend={tf.other}>
      <Stack gap="sm">
        <TextInput
          {...field('website')}
          label={tf.website}
          placeholder="https://"
          type="url"
          inputMode="url"
        />
        <TextInput {...field('foundedOn')} label={tf.foundedOn} description={tf.foundedOnHint} type="date" />
        <Textarea
          {...field('socialLinks')}
          label={tf.socialLinks}
          description={tf.socialLinksHint}
          autosize
          minRows={2}
          maxRows={6}
          placeholder="https://instagram.com/…"
        />
        <TextInput {...field('source')} label={tf.source} placeholder={tf.sourceHint} />
        <TagsInput
          label={tf.tags}
          description={tf.tagsHint}
          name="tags"
          value={splitList(values.tags)}
          error={errors.tags}
          maxTags={20}
          onChange={(next) => {
            setValue('tags', next.map((tag) => tag.trim().toLowerCase()).join('\n'));
          }}
          clearable
        />
        {canReadUsers && <FacilitatorSelect field={field} />}
      </Stack>
    </Fieldset>
  );
}
