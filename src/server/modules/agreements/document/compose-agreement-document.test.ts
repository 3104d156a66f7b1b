import { describe, expect, it } from 'vitest';
import {
  agencyTerms,
  fosterTerms,
  generalTradeTerms,
  ksoAgreementInput,
  patternTerms,
} from '../../../../../tests/factories/agreement-documents';
import type { AgreementDocument, ArticleBlock } from './agreement-document-model';
import { composeAgreementDocument } from './compose-agreement-document';

function blockText(block: ArticleBlock): string {
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'list') return block.items.join('\n');
  return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
}

function articleText(doc: AgreementDocument, title: string): string {
  const article = doc.articles.find((a) => a.title === title);
  if (!article) throw new Error(`no article ${title} in ${doc.articles.map((a) => a.title).join(', ')}`);
  return article.blocks.map(blockText).join('\n');
}

const titles = (doc: AgreementDocument) => doc.articles.map((a) => a.title);
const parent = { heading: 'PERJANJIAN KERJA SAMA', number: '030/PKS/LKP-TRB/II/2027', date: '2027-02-01' };

describe('composeAgreementDocument', () => {
  it('composes a PKS with every article in the Indonesian legal order', () => {
    const doc = composeAgreementDocument(ksoAgreementInput());
    expect(doc.heading).toBe('PERJANJIAN KERJA SAMA');
    expect(doc.subject).toBe('TENTANG KERJA SAMA PELATIHAN DAN PRODUKSI TAS RAJUT');
    expect(titles(doc)).toEqual([
      'Maksud dan Tujuan',
      'Ruang Lingkup',
      'Hak dan Kewajiban',
      'Pelaksanaan',
      'Pola Kemitraan',
      'Pembiayaan',
      'Jangka Waktu',
      'Monitoring dan Evaluasi',
      'Keadaan Kahar',
      'Penyelesaian Perselisihan',
      'Adendum',
      'Penutup',
    ]);
    expect(doc.parties.partner.identifiers).toEqual(['NIB 9120301234567', 'NPWP 01.234.567.8-731.000']);
    expect(doc.meteraiBox).toBe(true);
    expect(doc.recitals).toHaveLength(3);
    expect(doc.recitals[1]).toContain('berkaitan dengan kerja sama pelatihan dan produksi tas rajut');
  });

  it('renders the work plan as duties, a table with its total, and funding in words', () => {
    const doc = composeAgreementDocument(ksoAgreementInput());
    const duties = articleText(doc, 'Hak dan Kewajiban');
    expect(duties).toContain('Kewajiban PIHAK PERTAMA:');
    expect(duties).toContain('Menyediakan biaya sebesar Rp1.000.000,00 (satu juta rupiah)');
    const plan = doc.articles.find((a) => a.title === 'Pelaksanaan')!.blocks.find((b) => b.kind === 'table');
    expect(plan).toMatchObject({
      header: ['No', 'Kegiatan', 'Penanggung Jawab', 'Waktu', 'Target', 'Anggaran'],
    });
    expect(plan?.kind === 'table' && plan.rows).toContainEqual([
      '1',
      'Pelatihan merajut tas tingkat dasar',
      'PIHAK PERTAMA (Siti Aminah, S.Pd.)',
      '1 Februari 2027 s.d. 30 April 2027',
      '20 orang peserta didik terlatih',
      'Rp1.500.000,00',
    ]);
    expect(plan?.kind === 'table' && plan.rows.at(-1)).toEqual(['', 'Jumlah', '', '', '', 'Rp4.500.000,00']);
    const funding = articleText(doc, 'Pembiayaan');
    expect(funding).toContain('Rp4.500.000,00 (empat juta lima ratus ribu rupiah)');
    expect(funding).toContain('PIHAK KEDUA sebesar Rp3.000.000,00 (tiga juta rupiah)');
    expect(funding).toContain('Rp500.000,00 (lima ratus ribu rupiah)');
  });

  it('writes the term with dates in words and its length', () => {
    const term = articleText(composeAgreementDocument(ksoAgreementInput()), 'Jangka Waktu');
    expect(term).toContain('berlaku selama 12 (dua belas) bulan');
    expect(term).toContain(
      'sejak hari Senin tanggal satu bulan Februari tahun dua ribu dua puluh tujuh (01-02-2027) sampai dengan hari ' +
        'Senin tanggal tiga puluh satu bulan Januari tahun dua ribu dua puluh delapan (31-01-2028)',
    );
  });

  it('states the KSO contributions and shares in words', () => {
    const text = articleText(composeAgreementDocument(ksoAgreementInput()), 'Pola Kemitraan');
    expect(text).toContain('pola Kerja Sama Operasional');
    expect(text).toContain(
      'PIHAK PERTAMA menyediakan sarana dan prasarana serta tenaga kerja, yaitu Ruang praktik',
    );
    expect(text).toContain('PIHAK KEDUA menyediakan modal dan jaminan pasar');
    expect(text).toContain(
      'sebesar 60% (enam puluh persen) untuk PIHAK PERTAMA dan 40% (empat puluh persen) untuk PIHAK KEDUA, diperhitungkan per semester',
    );
    expect(text).toContain('50% (lima puluh persen) untuk PIHAK PERTAMA');
  });

  it('states agency terms in words: products, territory, exclusivity, commission, targets', () => {
    const doc = composeAgreementDocument(
      ksoAgreementInput({ pattern: 'agency', patternName: 'Keagenan', terms: patternTerms(agencyTerms) }),
    );
    const text = articleText(doc, 'Pola Kemitraan');
    expect(text).toContain('PIHAK KEDUA menunjuk PIHAK PERTAMA sebagai agen');
    expect(text).toContain('Tas rajut motif sasirangan\nDompet rajut');
    expect(text).toContain(
      'Wilayah pemasaran meliputi Kota Banjarbaru dan Kabupaten Banjar. Penunjukan ini bersifat eksklusif.',
    );
    expect(text).toContain('komisi sebesar 12,5% (dua belas koma lima persen) dari nilai penjualan');
    expect(text).toContain('150 buah per bulan');
  });

  it('states foster help, amounts with words and repayment', () => {
    const doc = composeAgreementDocument(
      ksoAgreementInput({
        pattern: 'foster',
        patternName: 'Bapak Angkat–Anak Angkat',
        terms: patternTerms(fosterTerms),
      }),
    );
    const text = articleText(doc, 'Pola Kemitraan');
    expect(text).toContain(
      'PIHAK KEDUA memberikan bantuan modal: Modal kerja pembelian benang sebesar Rp7.500.000,00 (tujuh juta lima ratus ribu rupiah).',
    );
    expect(text).toContain('PIHAK KEDUA memberikan pendampingan: Pendampingan manajemen usaha bulanan.');
    expect(text).toContain(
      'dikembalikan dalam jangka waktu 12 (dua belas) bulan, dengan masa tenggang 3 (tiga) bulan, dibayar setiap bulan, tanpa bunga.',
    );
  });

  it('states general trade goods, quality, quantities, schedule, price and payment', () => {
    const doc = composeAgreementDocument(
      ksoAgreementInput({
        pattern: 'general_trade',
        patternName: 'Dagang Umum',
        terms: patternTerms(generalTradeTerms),
      }),
    );
    const text = articleText(doc, 'Pola Kemitraan');
    expect(text).toContain('berbentuk pemasokan, dengan PIHAK PERTAMA sebagai pemasok');
    expect(text).toContain(
      'Tas rajut ukuran sedang | Rajutan rapat, tanpa benang putus | 40 buah | Rp85.000,00',
    );
    expect(text).toContain('Pengiriman dilakukan setiap bulan, pertama kali pada tanggal 5 Maret 2027.');
    expect(text).toContain(
      'Pembayaran dilakukan secara transfer bank paling lambat 14 (empat belas) hari setelah barang diterima.',
    );
  });

  it('composes a custom pattern without terms, and an MoU without a work plan', () => {
    const custom = composeAgreementDocument(
      ksoAgreementInput({ pattern: 'custom:magang-industri', patternName: 'Magang Industri', terms: null }),
    );
    expect(articleText(custom, 'Pola Kemitraan')).toBe(
      'Kemitraan PARA PIHAK dilaksanakan dengan pola Magang Industri.',
    );
    const mou = composeAgreementDocument(ksoAgreementInput({ kind: 'mou', workPlanItems: [] }));
    expect(mou.heading).toBe('NOTA KESEPAHAMAN');
    expect(titles(mou)).toEqual([
      'Maksud dan Tujuan',
      'Ruang Lingkup',
      'Pola Kemitraan',
      'Tindak Lanjut',
      'Pembiayaan',
      'Jangka Waktu',
      'Penyelesaian Perselisihan',
      'Penutup',
    ]);
    expect(articleText(mou, 'Jangka Waktu')).toContain(
      'Nota Kesepahaman ini berlaku selama 12 (dua belas) bulan',
    );
    const pksWithoutPlan = composeAgreementDocument(ksoAgreementInput({ workPlanItems: [] }));
    expect(articleText(pksWithoutPlan, 'Hak dan Kewajiban')).toContain(
      'diatur lebih lanjut dalam rencana kerja bersama',
    );
  });

  it('composes an addendum: what it changes, the changes, the rest stays in force', () => {
    const doc = composeAgreementDocument(
      ksoAgreementInput({
        kind: 'addendum',
        parent,
        addendumSequence: 2,
        changes: [
          'Pasal 5 ayat (3) diubah: pembagian hasil menjadi 55% untuk PIHAK PERTAMA dan 45% untuk PIHAK KEDUA.',
        ],
      }),
    );
    expect(doc.heading).toBe('ADENDUM KEDUA PERJANJIAN KERJA SAMA');
    expect(titles(doc)).toEqual(['Perubahan', 'Ketentuan Lain', 'Penutup']);
    expect(articleText(doc, 'Perubahan')).toContain(
      'mengubah ketentuan dalam PERJANJIAN KERJA SAMA Nomor 030/PKS/LKP-TRB/II/2027 tanggal 1 Februari 2027',
    );
    expect(articleText(doc, 'Perubahan')).toContain('pembagian hasil menjadi 55%');
    expect(articleText(doc, 'Ketentuan Lain')).toContain('tetap berlaku dan mengikat PARA PIHAK');
  });

  it('composes an extension that renews the term and keeps the rest', () => {
    const doc = composeAgreementDocument(
      ksoAgreementInput({
        kind: 'extension',
        parent,
        term: { startsOn: '2028-02-01', endsOn: '2029-01-31' },
      }),
    );
    expect(doc.heading).toBe('PERPANJANGAN PERJANJIAN KERJA SAMA');
    expect(titles(doc)).toEqual(['Perpanjangan', 'Jangka Waktu', 'Ketentuan Lain', 'Penutup']);
    expect(articleText(doc, 'Jangka Waktu')).toContain('diperpanjang selama 12 (dua belas) bulan');
    expect(articleText(doc, 'Jangka Waktu')).toContain(
      'Selasa tanggal satu bulan Februari tahun dua ribu dua puluh delapan',
    );
  });

  it("uses the institution's clause overrides, filled, with lists; blank overrides keep the default", () => {
    const doc = composeAgreementDocument(
      ksoAgreementInput({
        clauses: {
          monitoring:
            'Monev oleh {{institution.name}} bersama {{partner.name}}.\n\n- kunjungan bulanan;\n- laporan semester.',
          disputes: '   ',
        },
      }),
    );
    const monitoring = doc.articles.find((a) => a.title === 'Monitoring dan Evaluasi')!;
    expect(monitoring.blocks).toEqual([
      { kind: 'paragraph', text: `Monev oleh LKP Tas Rajut Banjarbaru bersama ${doc.parties.partner.name}.` },
      { kind: 'list', ordered: false, items: ['kunjungan bulanan;', 'laporan semester.'] },
    ]);
    expect(articleText(doc, 'Penyelesaian Perselisihan')).toContain('musyawarah untuk mufakat');
  });
});
