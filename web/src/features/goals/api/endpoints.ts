import type { goalApi } from '@shared/goals/goal.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The goal endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const goalEndpoints = {
  list: endpointRef<typeof goalApi.list>('GET', '/api/v1/goals'),
  attention: endpointRef<typeof goalApi.attention>('GET', '/api/v1/goals/attention'),
  create: endpointRef<typeof goalApi.create>('POST', '/api/v1/goals'),
  reviewDraft: endpointRef<typeof goalApi.reviewDraft>('POST', '/api/v1/goals/review'),
  get: endpointRef<typeof goalApi.get>('GET', '/api/v1/goals/:id'),
  update: endpointRef<typeof goalApi.update>('PATCH', '/api/v1/goals/:id'),
  remove: endpointRef<typeof goalApi.remove>('DELETE', '/api/v1/goals/:id'),
  progress: endpointRef<typeof goalApi.progress>('GET', '/api/v1/goals/:id/progress'),
  breakdown: endpointRef<typeof goalApi.breakdown>('POST', '/api/v1/goals/:id/breakdown'),
  review: endpointRef<typeof goalApi.review>('GET', '/api/v1/goals/:id/review'),
  reviewChange: endpointRef<typeof goalApi.reviewChange>('POST', '/api/v1/goals/:id/review'),
  listCheckIns: endpointRef<typeof goalApi.listCheckIns>('GET', '/api/v1/goals/:id/check-ins'),
  createCheckIn: endpointRef<typeof goalApi.createCheckIn>('POST', '/api/v1/goals/:id/check-ins'),
  updateCheckIn: endpointRef<typeof goalApi.updateCheckIn>('PATCH', '/api/v1/check-ins/:id'),
  removeCheckIn: endpointRef<typeof goalApi.removeCheckIn>('DELETE', '/api/v1/check-ins/:id'),
};
