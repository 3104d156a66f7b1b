import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff-media-type';

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452', 'hex'),
]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x24, 0x00, 0x00, 0x00]),
  Buffer.from('WEBPVP8 '),
]);
const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');

describe('sniffMediaType', () => {
  it.each([
    ['image/png', png],
    ['image/jpeg', jpeg],
    ['image/webp', webp],
    ['application/pdf', pdf],
  ])('recognises %s by its signature', (type, bytes) => {
    expect(sniffMediaType(bytes)).toBe(type);
  });

  it('refuses an HTML file whatever its name', () => {
    const html = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>');
    expect(sniffMediaType(html)).toBeNull();
  });

  it('refuses a zero-byte buffer', () => {
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
  });

  it('refuses an ELF executable header', () => {
    const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sniffMediaType(elf)).toBeNull();
  });

  it('refuses truncated signatures and a RIFF that is not WebP', () => {
    expect(sniffMediaType(png.subarray(0, 7))).toBeNull();
    expect(sniffMediaType(jpeg.subarray(0, 2))).toBeNull();
    expect(sniffMediaType(Buffer.from('%PDF'))).toBeNull();
    const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WAVEfmt ')]);
    expect(sniffMediaType(wav)).toBeNull();
  });

  it('looks only at the first bytes, not at a signature further in', () => {
    expect(sniffMediaType(Buffer.concat([Buffer.from('x'), png]))).toBeNull();
  });
});
