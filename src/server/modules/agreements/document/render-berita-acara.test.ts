import { describe, expect, it } from 'vitest';
import { signaturePng, xssCorpus } from '../../../../../tests/factories/agreement-documents';
import { docxPlainText } from '../../../../../tests/factories/docx-text';
import { countPdfImages, extractPdfText, flattenText } from '../../../../../tests/factories/pdf-text';
import type { BeritaAcaraDocument } from './record-document-model';
import { renderBeritaAcaraDocx } from './render-berita-acara-docx';
import { renderBeritaAcaraPdf } from './render-berita-acara-pdf';

async function monitoringVisit(): Promise<BeritaAcaraDocument> {
  return {
    kind: 'monitoring_visit',
    heading: 'BERITA ACARA KUNJUNGAN MONITORING',
    number: '041/BA/LKP-TRB/VIII/2027',
    letterhead: {
      institutionName: 'LKP Tas Rajut Banjarbaru',
      lines: ['Jl. A. Yani Km. 33 No. 7, Banjarbaru'],
      logo: null,
    },
    opening: { date: '2027-08-16', place: 'Martapura' },
    parties: {
      institution: { name: 'LKP Tas Rajut Banjarbaru', address: null, identifiers: [] },
      partner: {
        name: `Koperasi Wanita Sejahtera – Ibu Nurhayati ${xssCorpus}`,
        address: null,
        identifiers: [],
      },
    },
    body: [
      {
        kind: 'paragraph',
        text: 'Telah melakukan kunjungan monitoring ke lokasi produksi tas rajut dengan hasil sebagai berikut:',
      },
      {
        kind: 'list',
        ordered: true,
        items: ['18 dari 20 peserta didik telah lulus uji kompetensi.', 'Produksi mencapai 120 buah.'],
      },
    ],
    signatories: {
      institution: { name: 'Dra. Hj. Rahmawati', position: 'Pimpinan LKP', party: 'institution' },
      partner: { name: 'Nurhayati', position: 'Ketua Koperasi', party: 'partner' },
    },
    signatures: {
      institution: { imagePng: await signaturePng(3), signedAt: '2027-08-16T03:00:00.000Z' },
      partner: null,
    },
    draft: false,
  };
}

describe('berita acara', () => {
  it('renders to PDF with its heading, number, day and date in words, parties, body and signatures', async () => {
    const bytes = await renderBeritaAcaraPdf(await monitoringVisit());
    const pdf = await extractPdfText(bytes);
    const text = flattenText(pdf.pages.join('\n'));
    expect(pdf.pageSizes[0]).toEqual({ width: 595.28, height: 841.89 });
    expect(text).toContain('BERITA ACARA KUNJUNGAN MONITORING');
    expect(text).toContain('Nomor: 041/BA/LKP-TRB/VIII/2027');
    expect(text).toContain(
      'Pada hari ini Senin tanggal enam belas bulan Agustus tahun dua ribu dua puluh tujuh (16-08-2027), bertempat di Martapura',
    );
    expect(text).toContain(
      'Dra. Hj. Rahmawati, Pimpinan LKP, LKP Tas Rajut Banjarbaru, selanjutnya disebut PIHAK PERTAMA.',
    );
    expect(text).toContain(xssCorpus);
    expect(text).toContain('18 dari 20 peserta didik telah lulus uji kompetensi.');
    expect(text).toContain('Demikian berita acara ini dibuat');
    expect(text).toContain(`Halaman 1 dari ${pdf.pages.length}`);
    expect(text).not.toContain('Meterai');
    expect((await countPdfImages(bytes)).reduce((sum, n) => sum + n, 0)).toBe(1);
  });

  it('renders to DOCX with the same content', async () => {
    const text = await docxPlainText(await renderBeritaAcaraDocx(await monitoringVisit()));
    expect(text).toContain('BERITA ACARA KUNJUNGAN MONITORING');
    expect(text).toContain('Nomor: 041/BA/LKP-TRB/VIII/2027');
    expect(text).toContain('(16-08-2027), bertempat di Martapura');
    expect(text).toContain(`Koperasi Wanita Sejahtera – Ibu Nurhayati ${xssCorpus}`);
    expect(text).toContain('Produksi mencapai 120 buah.');
    expect(text).toContain('Nurhayati\nKetua Koperasi');
  });
});
