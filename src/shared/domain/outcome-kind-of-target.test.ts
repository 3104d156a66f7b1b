import { expect, it } from 'vitest';
import { outcomeKindOfTarget } from './outcome-kind-of-target';

it.each([
  [{ unit: 'orang', description: 'peserta didik terlatih' }, 'learners_trained'],
  [{ unit: 'peserta', description: 'lulus uji kompetensi' }, 'learners_trained'],
  [{ unit: 'orang', description: 'lulusan bekerja' }, 'graduates_hired'],
  [{ unit: 'lulusan', description: 'terserap di industri' }, 'graduates_hired'],
  [{ unit: 'orang', description: 'lulusan membuka usaha' }, 'graduates_in_business'],
  [{ unit: 'tempat', description: 'tempat magang tersedia' }, 'internship_places'],
  [{ unit: 'jam', description: 'mengajar sebagai instruktur tamu' }, 'guest_instructor_hours'],
  [{ unit: 'unit', description: 'alat tenun dipinjamkan' }, 'other'],
  [{ unit: 'orang', description: 'jaminan mutu' }, 'other'],
] as const)('%o counts as %s', (target, kind) => {
  expect(outcomeKindOfTarget(target)).toBe(kind);
});
