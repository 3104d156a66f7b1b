/** The value log's public entry (techniques 4 and 6): value offered a partner and extras beyond the agreement. */
import { valueRecordRoutes } from './value-records.routes';

export const valueRecordsModuleRoutes = valueRecordRoutes;
export { createValueRecord } from './create-value-record';
export { listValueRecords } from './list-value-records';
