import type { learningApi } from '@shared/learning/learning.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The learning endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const learningEndpoints = {
  list: endpointRef<typeof learningApi.list>('GET', '/api/v1/learning'),
  expiring: endpointRef<typeof learningApi.expiring>('GET', '/api/v1/learning/expiring'),
  get: endpointRef<typeof learningApi.get>('GET', '/api/v1/learning/:id'),
  create: endpointRef<typeof learningApi.create>('POST', '/api/v1/learning'),
  update: endpointRef<typeof learningApi.update>('PATCH', '/api/v1/learning/:id'),
  remove: endpointRef<typeof learningApi.remove>('DELETE', '/api/v1/learning/:id'),
  listLog: endpointRef<typeof learningApi.listLog>('GET', '/api/v1/learning/:id/log'),
  createLog: endpointRef<typeof learningApi.createLog>('POST', '/api/v1/learning/:id/log'),
  updateLog: endpointRef<typeof learningApi.updateLog>('PATCH', '/api/v1/learning-log/:id'),
  removeLog: endpointRef<typeof learningApi.removeLog>('DELETE', '/api/v1/learning-log/:id'),
};
