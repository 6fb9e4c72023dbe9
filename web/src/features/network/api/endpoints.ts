import type { contactApi, interactionApi, networkApi } from '@shared/network/network.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The network endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const contactEndpoints = {
  list: endpointRef<typeof contactApi.list>('GET', '/api/v1/contacts'),
  get: endpointRef<typeof contactApi.get>('GET', '/api/v1/contacts/:id'),
  create: endpointRef<typeof contactApi.create>('POST', '/api/v1/contacts'),
  update: endpointRef<typeof contactApi.update>('PATCH', '/api/v1/contacts/:id'),
  remove: endpointRef<typeof contactApi.remove>('DELETE', '/api/v1/contacts/:id'),
  interactions: endpointRef<typeof contactApi.interactions>('GET', '/api/v1/contacts/:id/interactions'),
  importLinkedIn: endpointRef<typeof contactApi.importLinkedIn>('POST', '/api/v1/contacts/import/linkedin'),
  importVcard: endpointRef<typeof contactApi.importVcard>('POST', '/api/v1/contacts/import/vcard'),
};

export const interactionEndpoints = {
  create: endpointRef<typeof interactionApi.create>('POST', '/api/v1/interactions'),
  update: endpointRef<typeof interactionApi.update>('PATCH', '/api/v1/interactions/:id'),
  remove: endpointRef<typeof interactionApi.remove>('DELETE', '/api/v1/interactions/:id'),
  followUpDone: endpointRef<typeof interactionApi.followUpDone>(
    'POST',
    '/api/v1/interactions/:id/follow-up-done',
  ),
};

export const networkEndpoints = {
  settings: endpointRef<typeof networkApi.settings>('GET', '/api/v1/network/settings'),
  updateSettings: endpointRef<typeof networkApi.updateSettings>('PATCH', '/api/v1/network/settings'),
};

/** Every contact as one vCard file: a plain link downloads it with the session cookie. */
export const VCARD_EXPORT_PATH = '/api/v1/contacts/export' satisfies (typeof contactApi.exportVcard)['path'];
