/** The evidence pack module's public entry: one ZIP per partnership or programme for funders and visits. */
import { evidencePackRoutes } from './evidence-pack.routes';

export const evidencePackModuleRoutes = [...evidencePackRoutes];
