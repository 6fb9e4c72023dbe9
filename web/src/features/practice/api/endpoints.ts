import type { practiceApi } from '@shared/practice/practice.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The practice and ledger endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const practiceEndpoints = {
  list: endpointRef<typeof practiceApi.list>('GET', '/api/v1/practice'),
  get: endpointRef<typeof practiceApi.get>('GET', '/api/v1/practice/:id'),
  create: endpointRef<typeof practiceApi.create>('POST', '/api/v1/practice'),
  update: endpointRef<typeof practiceApi.update>('PATCH', '/api/v1/practice/:id'),
  remove: endpointRef<typeof practiceApi.remove>('DELETE', '/api/v1/practice/:id'),
  ledger: endpointRef<typeof practiceApi.ledger>('GET', '/api/v1/ledger'),
  skillLedger: endpointRef<typeof practiceApi.skillLedger>('GET', '/api/v1/skills/:id/ledger'),
};
