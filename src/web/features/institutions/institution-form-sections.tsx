import { lazy, Suspense, type ChangeEvent } from 'react';
import { Fieldset, NativeSelect, SimpleGrid, Skeleton, Stack, TextInput, Textarea } from '@mantine/core';
import { institutionKinds, timeZones } from '../../../shared/domain/institution-kinds';
import { useT } from '../../lib/i18n';
import { RegionPicker } from '../regions/region-picker';
import { DocumentNumberPreview } from './document-number-preview';
import type { InstitutionFormValues } from './institution-form-values';

interface FieldProps {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}

interface SectionsProps {
  values: InstitutionFormValues;
  field: (name: keyof InstitutionFormValues) => FieldProps;
  setValue: (name: keyof InstitutionFormValues, value: string) => void;
}

// Leaflet is a chunk of its own: most visits to the profile never touch the map.
const LocationPicker = lazy(() =>
  import('../partner-map/location-picker').then((module) => ({ default: module.LocationPicker })),
);

/** The profile's inputs, grouped as the letterhead and the agreements use them. */
export function InstitutionFormSections({ values, field, setValue }: SectionsProps) {
  const { t } = useT();
  const ti = t.institution;
  return (
    <Stack gap="lg">
      <Fieldset legend={ti.identity}>
        <Stack gap="sm">
          <TextInput {...field('name')} label={ti.name} required />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              {...field('kind')}
              label={ti.kind}
              data={institutionKinds.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
            />
            <TextInput
              {...field('npsn')}
              label={ti.npsn}
              description={ti.npsnHint}
              maxLength={8}
              autoCapitalize="characters"
            />
          </SimpleGrid>
          <Textarea {...field('address')} label={ti.address} autosize minRows={2} maxRows={5} />
          <RegionPicker
            value={values.regionCode === '' ? null : values.regionCode}
            onChange={(code) => setValue('regionCode', code ?? '')}
            label={ti.regionCode}
            description={ti.regionCodeHint}
            error={field('regionCode').error}
          />
          <Suspense fallback={<Skeleton height={330} radius="md" />}>
            <LocationPicker
              lat={values.latitude}
              lng={values.longitude}
              provinceCode={values.regionCode.slice(0, 2)}
              label={ti.point}
              hint={ti.pointHint}
              onChange={(lat, lng) => {
                setValue('latitude', lat);
                setValue('longitude', lng);
              }}
            />
          </Suspense>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput {...field('latitude')} label={ti.latitude} inputMode="decimal" />
            <TextInput {...field('longitude')} label={ti.longitude} inputMode="decimal" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              {...field('timeZone')}
              label={ti.timeZone}
              data={timeZones.map((zone) => ({ value: zone, label: t.timeZones[zone] }))}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={ti.legal}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput {...field('operatingLicenceNumber')} label={ti.licenceNumber} />
            <TextInput {...field('operatingLicenceIssuedOn')} label={ti.licenceDate} type="date" />
            <TextInput
              {...field('accreditationBody')}
              label={ti.accreditationBody}
              description={ti.accreditationBodyHint}
            />
            <TextInput {...field('accreditationGrade')} label={ti.accreditationGrade} />
            <TextInput {...field('accreditationDecreeNumber')} label={ti.accreditationDecree} />
            <TextInput {...field('accreditationExpiresOn')} label={ti.accreditationExpires} type="date" />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={ti.documents} id="dokumen">
        <Stack gap="sm">
          <TextInput {...field('unitCode')} label={ti.unitCode} description={ti.unitCodeHint} maw={360} />
          <TextInput
            {...field('documentNumberPattern')}
            label={ti.pattern}
            description={ti.patternHint}
            required
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <DocumentNumberPreview
            pattern={values.documentNumberPattern}
            unitCode={values.unitCode}
            timeZone={values.timeZone}
          />
          <NativeSelect
            {...field('documentLocale')}
            label={ti.documentLocale}
            description={ti.documentLocaleHint}
            maw={640}
            data={[
              { value: 'id', label: t.locales.id },
              { value: 'en', label: t.locales.en },
            ]}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
