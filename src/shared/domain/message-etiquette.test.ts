import { describe, expect, it } from 'vitest';
import { greeting, salutation, signOff } from './message-etiquette';

describe('message etiquette', () => {
  it('greets by the hour in the institution zone', () => {
    // 01.30 UTC is 09.30 WITA and 08.30 WIB; 08.00 UTC is 16.00 WITA.
    expect(greeting(new Date('2026-03-20T01:30:00Z'), 'WITA')).toBe('Selamat pagi');
    expect(greeting(new Date('2026-03-20T05:00:00Z'), 'WITA')).toBe('Selamat siang');
    expect(greeting(new Date('2026-03-20T08:00:00Z'), 'WITA')).toBe('Selamat sore');
    expect(greeting(new Date('2026-03-20T12:00:00Z'), 'WIB')).toBe('Selamat malam');
  });
  it('adds Bapak/Ibu unless the name already has an honorific', () => {
    expect(salutation('Rusmini')).toBe('Bapak/Ibu Rusmini');
    expect(salutation(' Ibu Hj. Rusmini ')).toBe('Ibu Hj. Rusmini');
    expect(salutation('Pak Ahmad')).toBe('Pak Ahmad');
    expect(salutation(null)).toBe('Bapak/Ibu');
  });
  it('signs off with the sender and the institution', () => {
    expect(signOff('Siti Rahmah', 'LKP Tas Rajut Banjarbaru')).toEqual([
      'Hormat kami,',
      'Siti Rahmah',
      'LKP Tas Rajut Banjarbaru',
    ]);
  });
});
