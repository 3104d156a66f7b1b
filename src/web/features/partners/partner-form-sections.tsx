import { lazy, Suspense } from 'react';
import {
  Chip,
  Fieldset,
  Group,
  Input,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { partnerScopes } from '../../../shared/domain/partner-vocabulary';
import { useT } from '../../lib/i18n';
import type { PartnerSectionProps } from './partner-form-fields';
import { splitList, type PartnerFieldName } from './partner-form-values';
import { useCategoryOptions, useExchangeOptions, useSizeOptions } from './partner-labels';
import { RegionInput, type RegionValue } from './region-input';

// Leaflet loads with the form's map only, not with every page that imports these sections.
const LocationPicker = lazy(() =>
  import('../partner-map/location-picker').then((module) => ({ default: module.LocationPicker })),
);

export function IdentitySection({ field }: PartnerSectionProps) {
  const { t } = useT();
  const tf = t.partnerForm;
  const categories = useCategoryOptions().options;
  const sizes = useSizeOptions();
  return (
    <Fieldset legend={tf.identity}>
      <Stack gap="sm">
        <TextInput {...field('name')} label={tf.name} required autoComplete="off" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect {...field('category')} label={tf.category} data={categories} required />
          <NativeSelect
            {...field('size')}
            label={tf.size}
            data={[{ value: '', label: tf.sizeNone }, ...sizes]}
          />
          <TextInput {...field('sector')} label={tf.sector} placeholder={tf.sectorHint} />
          <NativeSelect
            {...field('scope')}
            label={tf.scope}
            data={partnerScopes.map((scope) => ({ value: scope, label: t.partnerVocab.scopes[scope] }))}
          />
        </SimpleGrid>
        <Textarea {...field('description')} label={tf.description} autosize minRows={2} maxRows={6} />
        <Textarea
          {...field('characteristics')}
          label={tf.characteristics}
          description={tf.characteristicsHint}
          autosize
          minRows={2}
          maxRows={6}
        />
      </Stack>
    </Fieldset>
  );
}

const regionFields = {
  provinceCode: 'region.provinceCode',
  regencyCode: 'region.regencyCode',
  districtCode: 'region.districtCode',
  villageCode: 'region.villageCode',
} as const satisfies Record<keyof RegionValue, PartnerFieldName>;

function CoordinateInput({
  name,
  label,
  setValue,
  values,
  errors,
}: PartnerSectionProps & { name: 'location.lat' | 'location.lng'; label: string }) {
  return (
    <NumberInput
      name={name}
      label={label}
      value={values[name]}
      error={errors[name]}
      onChange={(value) => {
        setValue(name, String(value));
      }}
      decimalScale={7}
      hideControls
      allowNegative
      inputMode="decimal"
    />
  );
}

export function LocationSection(props: PartnerSectionProps) {
  const { t } = useT();
  const tf = t.partnerForm;
  const { values, errors, field, setValue } = props;
  const region: RegionValue = {
    provinceCode: values['region.provinceCode'],
    regencyCode: values['region.regencyCode'],
    districtCode: values['region.districtCode'],
    villageCode: values['region.villageCode'],
  };
  return (
    <Fieldset legend={tf.location}>
      <Stack gap="sm">
        <RegionInput
          required
          value={region}
          errors={{
            provinceCode: errors['region.provinceCode'],
            regencyCode: errors['region.regencyCode'],
            districtCode: errors['region.districtCode'],
            villageCode: errors['region.villageCode'],
          }}
          onChange={(next) => {
            for (const key of Object.keys(regionFields) as Array<keyof RegionValue>) {
              if (next[key] !== region[key]) setValue(regionFields[key], next[key]);
            }
          }}
        />
        <Textarea {...field('address')} label={tf.address} autosize minRows={2} maxRows={4} />
        <Suspense fallback={<Skeleton height={330} radius="md" />}>
          <LocationPicker
            lat={values['location.lat']}
            lng={values['location.lng']}
            provinceCode={values['region.provinceCode']}
            onChange={(lat, lng) => {
              setValue('location.lat', lat);
              setValue('location.lng', lng);
            }}
          />
        </Suspense>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <CoordinateInput {...props} name="location.lat" label={tf.latitude} />
          <CoordinateInput {...props} name="location.lng" label={tf.longitude} />
        </SimpleGrid>
        <Input.Description>{tf.coordinatesHint}</Input.Description>
      </Stack>
    </Fieldset>
  );
}

function ExchangeChips({
  name,
  label,
  values,
  errors,
  setValue,
}: PartnerSectionProps & { name: 'needs' | 'offers'; label: string }) {
  const options = useExchangeOptions();
  return (
    <fieldset
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      aria-invalid={errors[name] !== undefined}
    >
      <Text component="legend" size="sm" fw={500} p={0}>
        {label}
      </Text>
      <Chip.Group
        multiple
        value={splitList(values[name], ',')}
        onChange={(next) => {
          setValue(name, next.join(','));
        }}
      >
        <Group gap={6} mt={6}>
          {options.map((option) => (
            <Chip key={option.value} value={option.value} size="sm" data-testid={`${name}-${option.value}`}>
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {errors[name] && <Input.Error mt={4}>{errors[name]}</Input.Error>}
    </fieldset>
  );
}

export function ExchangeSection(props: PartnerSectionProps) {
  const { t } = useT();
  return (
    <Fieldset legend={t.partnerForm.exchange}>
      <Stack gap="md">
        <ExchangeChips {...props} name="needs" label={t.partnerForm.needs} />
        <ExchangeChips {...props} name="offers" label={t.partnerForm.offers} />
      </Stack>
    </Fieldset>
  );
}
