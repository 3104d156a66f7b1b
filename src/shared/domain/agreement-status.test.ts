import { describe, expect, it } from 'vitest';
import { displayAgreementStatus, isAgreementEditable } from './agreement-status';

describe('displayAgreementStatus', () => {
  it('keeps states other than active', () => {
    expect(displayAgreementStatus('draft', '2020-01-01', '2026-03-01')).toBe('draft');
    expect(displayAgreementStatus('terminated', '2030-01-01', '2026-03-01')).toBe('terminated');
  });
  it('reads expiring from 90 days before the end and expired after it', () => {
    expect(displayAgreementStatus('active', '2026-12-31', '2026-10-01')).toBe('active');
    expect(displayAgreementStatus('active', '2026-12-31', '2026-10-02')).toBe('expiring');
    expect(displayAgreementStatus('active', '2026-12-31', '2026-09-30')).toBe('active');
    expect(displayAgreementStatus('active', '2026-12-31', '2026-12-31')).toBe('expiring');
    expect(displayAgreementStatus('active', '2026-12-31', '2027-01-01')).toBe('expired');
  });
  it('allows edits only before signing starts', () => {
    expect(isAgreementEditable('draft')).toBe(true);
    expect(isAgreementEditable('in_review')).toBe(true);
    expect(isAgreementEditable('awaiting_signatures')).toBe(false);
    expect(isAgreementEditable('active')).toBe(false);
  });
});
