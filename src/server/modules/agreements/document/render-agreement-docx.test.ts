import { beforeAll, describe, expect, it } from 'vitest';
import {
  ksoAgreementInput,
  partnerNameWithAccents,
  signaturePng,
  signingCertificate,
  xssCorpus,
} from '../../../../../tests/factories/agreement-documents';
import { docxPartNames, docxPlainText, readDocxXml } from '../../../../../tests/factories/docx-text';
import { tinyPng } from '../../../../../tests/factories/files';
import { composeAgreementDocument } from './compose-agreement-document';
import { renderAgreementDocx } from './render-agreement-docx';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

describe('renderAgreementDocx', () => {
  const draft = composeAgreementDocument(ksoAgreementInput());
  let bytes: Buffer;
  let xml: string;
  let text: string;

  beforeAll(async () => {
    bytes = await renderAgreementDocx(draft);
    xml = await readDocxXml(bytes);
    text = await docxPlainText(bytes);
  });

  it('is an OOXML package with an A4 page, 2.5 cm margins and page numbers in the footer', async () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const parts = await docxPartNames(bytes);
    expect(parts).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml']),
    );
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
    const footer = await readDocxXml(bytes, 'word/footer1.xml');
    expect(footer).toContain('Halaman ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('holds the parties, both numbers, the opening date in words and every article title', () => {
    expect(text).toContain('LKP Tas Rajut Banjarbaru');
    expect(text).toContain(`${partnerNameWithAccents} ${xssCorpus}`);
    expect(text).toContain('Nomor: 030/PKS/LKP-TRB/II/2027');
    expect(text).toContain('Nomor: 12/BRS/II/2027');
    expect(text).toContain(
      'Pada hari ini Senin tanggal satu bulan Februari tahun dua ribu dua puluh tujuh (01-02-2027), bertempat di Banjarbaru',
    );
    draft.articles.forEach((article, index) =>
      expect(text).toContain(`Pasal ${index + 1}\n${article.title}`),
    );
    // "Pasal N" and its title are Heading 2, so Word's navigation pane lists the articles.
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(draft.articles.length * 2);
  });

  it('prints amounts with their words, the work plan table and Indonesian characters', () => {
    expect(text).toContain('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)');
    expect(text).toContain('Rp4.500.000,00 (empat juta lima ratus ribu rupiah)');
    expect(text).toContain('60% (enam puluh persen) untuk PIHAK PERTAMA');
    expect(text).toContain('\nPelatihan merajut tas tingkat dasar\nPIHAK PERTAMA (Siti Aminah, S.Pd.)\n');
    expect(xml).toContain('Sejahtera – Ibu Nurhayati (Café Rajut)');
  });

  it('keeps user text literal: escaped in the XML, unchanged when read back', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(escapeXml('<script>alert(1)</script> &'));
    expect(text).toContain(xssCorpus);
  });

  it('marks a draft in the header and draws the meterai box and witnesses', async () => {
    const header = await readDocxXml(bytes, 'word/header1.xml');
    expect(header).toContain('DRAF – belum berlaku');
    expect(text).toContain('Meterai Rp10.000');
    expect(xml).toContain('w:val="dashed"');
    expect(text).toContain('SAKSI-SAKSI');
    expect(text).toContain('1. Ahmad Fauzi');
    expect(text).toContain('2. Rina Kartika');
  });

  it('carries the logo, both signatures as images and the certificate page when signed', async () => {
    const signed = composeAgreementDocument(
      ksoAgreementInput({
        draft: false,
        institution: {
          ...ksoAgreementInput().institution,
          logo: { bytes: tinyPng(), mediaType: 'image/png' },
        },
        signatures: {
          institution: { imagePng: await signaturePng(1), signedAt: '2027-02-01T02:15:00.000Z' },
          partner: { imagePng: await signaturePng(2), signedAt: '2027-02-01T03:40:00.000Z' },
        },
        certificate: signingCertificate(),
      }),
    );
    const signedBytes = await renderAgreementDocx(signed);
    const media = (await docxPartNames(signedBytes)).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    expect((await docxPartNames(bytes)).filter((name) => name.startsWith('word/media/'))).toHaveLength(0);
    const signedText = await docxPlainText(signedBytes);
    expect(signedText).toContain('LEMBAR PENGESAHAN ELEKTRONIK');
    expect(signedText).toContain('2027-02-01 02:15:00 UTC');
    expect(signedText).toContain('198.51.100.23');
    expect(await readDocxXml(signedBytes)).toContain('w:pageBreakBefore');
    expect((await docxPartNames(signedBytes)).some((name) => name.startsWith('word/header'))).toBe(false);
  });
});
