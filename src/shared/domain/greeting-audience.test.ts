import { describe, expect, it } from 'vitest';
import { greetingAllowedFor, greetingObservance } from './greeting-audience';

const withConsent = (religion: Parameters<typeof greetingAllowedFor>[1]['religion']) => ({
  religion,
  consentRecorded: true,
  consentWithdrawn: false,
});

describe('who a greeting goes to', () => {
  it('sends Idulfitri, the New Year and partner occasions to everyone', () => {
    for (const key of [
      'idulfitri',
      'tahun_baru',
      'anniversary',
      'kemerdekaan',
      'partner_founded',
      'general',
    ]) {
      expect(greetingObservance(key), key).toBeNull();
      expect(
        greetingAllowedFor(key, { religion: null, consentRecorded: false, consentWithdrawn: false }),
      ).toBe(true);
    }
  });

  it('sends religious greetings only to contacts whose recorded observance matches', () => {
    expect(greetingAllowedFor('natal', withConsent('catholic'))).toBe(true);
    expect(greetingAllowedFor('natal', withConsent('protestant'))).toBe(true);
    expect(greetingAllowedFor('natal', withConsent('islam'))).toBe(false);
    expect(greetingAllowedFor('nyepi', withConsent('hindu'))).toBe(true);
    expect(greetingAllowedFor('waisak', withConsent('buddhist'))).toBe(true);
    expect(greetingAllowedFor('imlek', withConsent('confucian'))).toBe(true);
    expect(greetingAllowedFor('iduladha', withConsent('islam'))).toBe(true);
    expect(greetingAllowedFor('iduladha', withConsent('other'))).toBe(false);
    expect(greetingAllowedFor('paskah', withConsent('islam'))).toBe(false);
  });

  it('sends no religious greeting without a religion recorded with consent, or after withdrawal', () => {
    expect(greetingAllowedFor('natal', withConsent(null))).toBe(false);
    expect(
      greetingAllowedFor('natal', { religion: 'catholic', consentRecorded: false, consentWithdrawn: false }),
    ).toBe(false);
    expect(
      greetingAllowedFor('natal', { religion: 'catholic', consentRecorded: true, consentWithdrawn: true }),
    ).toBe(false);
  });
});

describe('greetings for every holiday that has one', () => {
  it('knows the occasion key of each greeting holiday, so a template exists for it', async () => {
    const { greetingHolidayKeys } = await import('./official-holidays');
    const { isGreetingOccasionKey } = await import('./greeting-audience');
    for (const key of greetingHolidayKeys) expect(isGreetingOccasionKey(key), key).toBe(true);
  });
});
