/** The regions module's public entry: Kemendagri reference regions (server-level, not tenant data). */
export { regionRoutes } from './regions.routes';
export { seedRegions, type SeedRegionsOptions, type SeedRegionsResult } from './seed-regions';
export { assertRegionCode, type RegionCodeRule } from './assert-region-code';
export { getRegionPath } from './get-region-path';
export { listRegions } from './list-regions';
export {
  loadRegionNameIndex,
  type RegionChain,
  type RegionIssue,
  type RegionNameIndex,
  type RegionNames,
} from './load-region-name-index';
