import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  partnershipEvidencePackParamsSchema,
  programmeEvidencePackQuerySchema,
} from '../../../shared/contracts/evidence-pack';
import { contentDisposition } from '../../platform/files/display-file-name';
import { defineRoute } from '../../platform/http/route-definition';
import type { EvidencePack } from './build-evidence-pack';
import { getPartnershipEvidencePack, getProgrammeEvidencePack } from './get-evidence-pack';

const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;

async function sendPack(reply: FastifyReply, pack: EvidencePack): Promise<void> {
  await reply
    .header('Content-Type', 'application/zip')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Disposition', contentDisposition('attachment', pack.filename))
    .header('Cache-Control', 'private, no-store')
    .send(pack.stream);
}

export const evidencePackRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnerships/:partnershipId/evidence-pack',
    summary:
      "A ZIP of the partnership's evidence: index PDF with outcome figures, agreements, work plans, activity evidence, monev reports",
    tag: 'Evidence pack',
    access: read,
    params: partnershipEvidencePackParamsSchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, reply }) {
      await sendPack(
        reply,
        await getPartnershipEvidencePack(deps, principal.institutionId, params.partnershipId),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/evidence-pack',
    summary: 'One ZIP for every partnership of a programme (`?programme=`), each in its own folder',
    tag: 'Evidence pack',
    access: read,
    query: programmeEvidencePackQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, query, reply }) {
      await sendPack(reply, await getProgrammeEvidencePack(deps, principal.institutionId, query.programme));
    },
  }),
];
