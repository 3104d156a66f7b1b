import { beforeAll, describe, expect, it } from 'vitest';
import {
  ksoAgreementInput,
  partnerNameWithAccents,
  signaturePng,
  signingCertificate,
  xssCorpus,
} from '../../../../../tests/factories/agreement-documents';
import {
  countPdfImages,
  extractPdfText,
  flattenText,
  type PdfText,
} from '../../../../../tests/factories/pdf-text';
import type { AgreementDocument } from './agreement-document-model';
import { composeAgreementDocument } from './compose-agreement-document';
import { sha256Hex } from './hash-document';
import { renderAgreementPdf } from './render-agreement-pdf';

async function signedDocument(): Promise<AgreementDocument> {
  return composeAgreementDocument(
    ksoAgreementInput({
      draft: false,
      signatures: {
        institution: { imagePng: await signaturePng(1), signedAt: '2027-02-01T02:15:00.000Z' },
        partner: { imagePng: await signaturePng(2), signedAt: '2027-02-01T03:40:00.000Z' },
      },
      certificate: signingCertificate(),
    }),
  );
}

describe('renderAgreementPdf', () => {
  const draft = composeAgreementDocument(ksoAgreementInput());
  let bytes: Buffer;
  let pdf: PdfText;
  let text: string;

  beforeAll(async () => {
    bytes = await renderAgreementPdf(draft);
    pdf = await extractPdfText(bytes);
    text = flattenText(pdf.pages.join('\n'));
  });

  it('is A4 on every page, several pages, numbered "Halaman X dari Y", with its font embedded', () => {
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const size of pdf.pageSizes) expect(size).toEqual({ width: 595.28, height: 841.89 });
    pdf.pages.forEach((page, index) =>
      expect(page).toContain(`Halaman ${index + 1} dari ${pdf.pages.length}`),
    );
    expect(bytes.includes('/FontFile2')).toBe(true);
  });

  it('holds the parties, both numbers, the opening date in words and every article title', () => {
    expect(text).toContain('LKP Tas Rajut Banjarbaru');
    expect(text).toContain(partnerNameWithAccents);
    expect(text).toContain('Nomor: 030/PKS/LKP-TRB/II/2027');
    expect(text).toContain('Nomor: 12/BRS/II/2027');
    expect(text).toContain(
      'Pada hari ini Senin tanggal satu bulan Februari tahun dua ribu dua puluh tujuh (01-02-2027), bertempat di Banjarbaru',
    );
    draft.articles.forEach((article, index) => expect(text).toContain(`Pasal ${index + 1} ${article.title}`));
    expect(text).toContain('PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.');
  });

  it('prints amounts with their words, the shares and user text literally', () => {
    expect(text).toContain('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)');
    expect(text).toContain('Rp4.500.000,00');
    expect(text).toContain('60% (enam puluh persen) untuk PIHAK PERTAMA');
    expect(text).toContain(xssCorpus);
    expect(text).toContain('–');
    expect(text).toContain('Café');
  });

  it('marks a draft, with the meterai box and the signature block', () => {
    expect(text).toContain('DRAF');
    expect(text).toContain('Meterai Rp10.000');
    const last = flattenText(pdf.pages.at(-1)!);
    expect(last).toContain('PIHAK KEDUA');
    for (const line of ['Nurhayati', 'Ketua Koperasi', 'Dra. Hj. Rahmawati', 'Pimpinan LKP'])
      expect(last).toContain(line);
    expect(last).toContain('SAKSI-SAKSI');
    expect(last).toContain('1. Ahmad Fauzi');
  });

  it('gives the same bytes for the same document', async () => {
    const again = await renderAgreementPdf(draft);
    expect(sha256Hex(again)).toBe(sha256Hex(bytes));
    expect(sha256Hex(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders an MoU, an addendum and an extension with their headings and article titles', async () => {
    const parent = {
      heading: 'PERJANJIAN KERJA SAMA',
      number: '030/PKS/LKP-TRB/II/2027',
      date: '2027-02-01',
    };
    const kinds = [
      ksoAgreementInput({ kind: 'mou', workPlanItems: [] }),
      ksoAgreementInput({
        kind: 'addendum',
        parent,
        changes: ['Pasal 7 diubah: jangka waktu menjadi 18 bulan.'],
      }),
      ksoAgreementInput({
        kind: 'extension',
        parent,
        term: { startsOn: '2028-02-01', endsOn: '2029-01-31' },
      }),
    ];
    for (const input of kinds) {
      const doc = composeAgreementDocument(input);
      const rendered = flattenText((await extractPdfText(await renderAgreementPdf(doc))).pages.join('\n'));
      expect(rendered).toContain(doc.heading);
      doc.articles.forEach((article, index) =>
        expect(rendered).toContain(`Pasal ${index + 1} ${article.title}`),
      );
    }
  });

  it('carries both signatures and one more page, the certificate listing the signing events', async () => {
    const signedBytes = await renderAgreementPdf(await signedDocument());
    const signed = await extractPdfText(signedBytes);
    expect(signed.pages.length).toBe(pdf.pages.length + 1);
    expect((await countPdfImages(signedBytes)).reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(await countPdfImages(bytes)).toEqual(pdf.pages.map(() => 0));
    const certificate = flattenText(signed.pages.at(-1)!);
    expect(certificate).toContain('LEMBAR PENGESAHAN ELEKTRONIK');
    expect(certificate).toContain('0194f1d2-7a1b-7c3d-8e9f-0123456789ab, versi 3');
    for (const expected of [
      '2027-02-01 02:15:00 UTC',
      'Dra. Hj. Rahmawati',
      '203.0.113.7',
      '2027-02-01 03:40:00 UTC',
      'Nurhayati',
      'Ketua Koperasi',
      '198.51.100.23',
      'Tanda tangan digambar',
    ]) {
      expect(certificate).toContain(expected);
    }
    expect(flattenText(signed.pages.join('\n'))).not.toContain('DRAF');
  });
});
