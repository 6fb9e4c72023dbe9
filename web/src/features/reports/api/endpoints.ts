import type { reportApi } from '@shared/reports/report.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The report endpoint the web calls, checked against the shared contract (see `endpointRef`). */
export const reportEndpoints = {
  get: endpointRef<typeof reportApi.get>('GET', '/api/v1/reports'),
};
