import type { accountApi, instanceApi } from '@shared/accounts/account.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The account endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const accountEndpoints = {
  register: endpointRef<typeof accountApi.register>('POST', '/api/v1/auth/register'),
  login: endpointRef<typeof accountApi.login>('POST', '/api/v1/auth/login'),
  logout: endpointRef<typeof accountApi.logout>('POST', '/api/v1/auth/logout'),
  me: endpointRef<typeof accountApi.me>('GET', '/api/v1/auth/me'),
  updateMe: endpointRef<typeof accountApi.updateMe>('PATCH', '/api/v1/auth/me'),
  changePassword: endpointRef<typeof accountApi.changePassword>('POST', '/api/v1/auth/password'),
  deleteMe: endpointRef<typeof accountApi.deleteMe>('DELETE', '/api/v1/auth/me'),
  createToken: endpointRef<typeof accountApi.createToken>('POST', '/api/v1/tokens'),
  listTokens: endpointRef<typeof accountApi.listTokens>('GET', '/api/v1/tokens'),
  revokeToken: endpointRef<typeof accountApi.revokeToken>('DELETE', '/api/v1/tokens/:id'),
  instance: endpointRef<typeof instanceApi.info>('GET', '/api/v1/instance'),
};
