import { z } from 'zod';
import { IdParams, listOf } from '../http/common.schema.ts';
import { endpoint } from '../http/contract.ts';
import {
  ApiToken,
  ChangePasswordBody,
  CreatedToken,
  CreateTokenBody,
  DeleteMeBody,
  LoginBody,
  RegisterBody,
  UpdateMeBody,
  UserEnvelope,
} from './account.schema.ts';

const auth = 'Accounts';
const tokens = 'API tokens';

export const accountApi = {
  register: endpoint({
    method: 'POST',
    path: '/api/v1/auth/register',
    summary: 'Create an account and sign in (an admin creating an account stays signed in as themselves)',
    tag: auth,
    auth: 'optional',
    status: 201,
    body: RegisterBody,
    response: UserEnvelope,
  }),
  login: endpoint({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Sign in with e-mail and password; sets the session cookie',
    tag: auth,
    auth: 'none',
    status: 200,
    body: LoginBody,
    response: UserEnvelope,
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/v1/auth/logout',
    summary: 'End this session',
    tag: auth,
    auth: 'optional',
    status: 204,
    response: null,
  }),
  me: endpoint({
    method: 'GET',
    path: '/api/v1/auth/me',
    summary: 'The signed-in person',
    tag: auth,
    auth: 'user',
    status: 200,
    response: UserEnvelope,
  }),
  updateMe: endpoint({
    method: 'PATCH',
    path: '/api/v1/auth/me',
    summary: 'Change name or time zone',
    tag: auth,
    auth: 'user',
    status: 200,
    body: UpdateMeBody,
    response: UserEnvelope,
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/v1/auth/password',
    summary: 'Change the password; ends every other session, and personal API tokens unless keepApiTokens',
    tag: auth,
    auth: 'user',
    status: 204,
    body: ChangePasswordBody,
    response: null,
  }),
  deleteMe: endpoint({
    method: 'DELETE',
    path: '/api/v1/auth/me',
    summary: 'Delete the account and all of its data',
    tag: auth,
    auth: 'user',
    status: 204,
    body: DeleteMeBody,
    response: null,
  }),
  createToken: endpoint({
    method: 'POST',
    path: '/api/v1/tokens',
    summary: 'Create a personal API token (the token is shown only in this answer)',
    tag: tokens,
    auth: 'user',
    status: 201,
    body: CreateTokenBody,
    response: CreatedToken,
  }),
  listTokens: endpoint({
    method: 'GET',
    path: '/api/v1/tokens',
    summary: 'List personal API tokens',
    tag: tokens,
    auth: 'user',
    status: 200,
    response: listOf(ApiToken),
  }),
  revokeToken: endpoint({
    method: 'DELETE',
    path: '/api/v1/tokens/:id',
    summary: 'Revoke a personal API token',
    tag: tokens,
    auth: 'user',
    status: 204,
    params: IdParams,
    response: null,
  }),
} as const;

export const instanceApi = {
  info: endpoint({
    method: 'GET',
    path: '/api/v1/instance',
    summary: 'Public facts about this Trellis instance (whether anyone may sign up, whether it sends e-mail)',
    tag: 'Instance',
    auth: 'none',
    status: 200,
    response: z.object({
      openRegistration: z.boolean(),
      hasUsers: z.boolean(),
      version: z.string(),
      mail: z
        .boolean()
        .describe('Whether this instance sends e-mail (SMTP_URL and TRELLIS_MAIL_FROM are set)'),
    }),
  }),
} as const;
