import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { AgreementDocument } from '../../src/server/modules/agreements/document/agreement-document-model';
import { composeAgreementDocument } from '../../src/server/modules/agreements/document/compose-agreement-document';
import { sha256Hex } from '../../src/server/modules/agreements/document/hash-document';
import { renderAgreementDocx } from '../../src/server/modules/agreements/document/render-agreement-docx';
import { renderAgreementPdf } from '../../src/server/modules/agreements/document/render-agreement-pdf';
import {
  ksoAgreementInput,
  ksoWorkPlan,
  signaturePng,
  signingCertificate,
} from '../../tests/factories/agreement-documents';
import { median, percentile, round, type LatencySummary } from '../measure';
import { allMet, check, type Scenario } from '../scenario';

/** The signed KSO agreement of the demo: two drawn signatures, the logo, the certificate page. */
async function signedAgreement(): Promise<AgreementDocument> {
  const base = ksoAgreementInput();
  return composeAgreementDocument(
    ksoAgreementInput({
      draft: false,
      workPlanItems: ksoWorkPlan.slice(0, 2),
      institution: { ...base.institution, logo: { bytes: await signaturePng(7), mediaType: 'image/png' } },
      signatures: {
        institution: { imagePng: await signaturePng(1), signedAt: '2027-02-01T02:15:00.000Z' },
        partner: { imagePng: await signaturePng(2), signedAt: '2027-02-01T03:40:00.000Z' },
      },
      certificate: signingCertificate(),
    }),
  );
}

/** Render, hash and store one copy, as signing does; the milliseconds of the whole step. */
async function timed(render: () => Promise<Buffer>, file: string): Promise<number> {
  const started = performance.now();
  const bytes = await render();
  sha256Hex(bytes);
  await fs.writeFile(file, bytes);
  return performance.now() - started;
}

async function measureRound(
  render: () => Promise<Buffer>,
  file: string,
  seconds: number,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) latencies.push(await timed(render, file));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    throughputPerSec: Math.round((sorted.length / (performance.now() - started)) * 1000),
  };
}

function medianOf(rounds: LatencySummary[]): LatencySummary {
  const field = (pick: (s: LatencySummary) => number) => median(rounds.map(pick));
  return {
    requests: field((s) => s.requests),
    p50Ms: field((s) => s.p50Ms),
    p95Ms: field((s) => s.p95Ms),
    p99Ms: field((s) => s.p99Ms),
    throughputPerSec: field((s) => s.throughputPerSec),
  };
}

/**
 * S6 runs in the benchmark process (rendering touches no database, so both dialects measure the same
 * code): each step renders the signed agreement, hashes it and writes it to a temporary directory as
 * storage would. PDF and DOCX alternate round by round after a warm-up second each.
 */
export const scenario: Scenario = {
  id: 'S6',
  name: 'Render a signed agreement (5 pages, 2 signatures + logo) to PDF and DOCX, hash and store',
  needsDataset: false,
  async run(ctx) {
    const doc = await signedAgreement();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jalin-s6-'));
    try {
      const pdfFile = path.join(dir, 'agreement.pdf');
      const docxFile = path.join(dir, 'agreement.docx');
      const pdf = () => renderAgreementPdf(doc);
      const docx = () => renderAgreementDocx(doc);
      const sample = await pdf();
      const pages = (await PDFDocument.load(sample)).getPageCount();
      if (pages < 3 || pages > 5) throw new Error(`S6 document has ${pages} pages, not 3–5`);
      await measureRound(pdf, pdfFile, 1);
      await measureRound(docx, docxFile, 1);
      const pdfRounds: LatencySummary[] = [];
      const docxRounds: LatencySummary[] = [];
      for (let repeat = 0; repeat < ctx.repeats; repeat += 1) {
        pdfRounds.push(await measureRound(pdf, pdfFile, ctx.seconds));
        docxRounds.push(await measureRound(docx, docxFile, ctx.seconds));
      }
      const pdfSummary = medianOf(pdfRounds);
      const docxSummary = medianOf(docxRounds);
      const sizes = { pdfBytes: (await fs.stat(pdfFile)).size, docxBytes: (await fs.stat(docxFile)).size };
      ctx.log(
        `    PDF p50 ${pdfSummary.p50Ms} ms, p95 ${pdfSummary.p95Ms} ms; DOCX p50 ${docxSummary.p50Ms} ms, p95 ${docxSummary.p95Ms} ms (${pages} pages)`,
      );
      const checks = [
        check('PDF render + hash + store: p95', '≤ 100 ms', pdfSummary.p95Ms, ' ms', pdfSummary.p95Ms <= 100),
        check(
          'DOCX render + hash + store: p95',
          '≤ 100 ms',
          docxSummary.p95Ms,
          ' ms',
          docxSummary.p95Ms <= 100,
        ),
      ];
      return {
        id: 'S6',
        name: scenario.name,
        dialect: ctx.dialect,
        size: ctx.size,
        target: 'PDF p95 ≤ 100 ms, DOCX p95 ≤ 100 ms',
        figures: { pdf: pdfSummary, docx: docxSummary, pages, signatureImages: 2, ...sizes },
        checks,
        met: allMet(checks),
        notes: ['Measured in the benchmark process, one render at a time; the database plays no part.'],
      };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};
