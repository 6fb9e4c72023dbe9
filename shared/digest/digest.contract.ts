import { z } from 'zod';
import { endpoint } from '../http/contract.ts';

const tag = 'Digest';

export const UnsubscribeParams = z.strictObject({
  token: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9_-]{43}$/, 'must be the token of an unsubscribe link')
    .describe('From the link in a digest e-mail'),
});

/** What a form or a mail client posts; the address alone decides, the body only says who sent it. */
export const UnsubscribeBody = z
  .strictObject({
    'List-Unsubscribe': z.literal('One-Click').optional().describe('RFC 8058: sent by a mail client'),
  })
  .optional();

const Page = z.string().describe('A small HTML page (text/html; charset=utf-8)');

export const digestApi = {
  unsubscribePage: endpoint({
    method: 'GET',
    path: '/unsubscribe/:token',
    summary: 'The page of a digest e-mail’s unsubscribe link: a button that stops the weekly digest',
    tag,
    auth: 'none',
    status: 200,
    params: UnsubscribeParams,
    response: Page,
    produces: ['text/html'],
  }),
  unsubscribe: endpoint({
    method: 'POST',
    path: '/unsubscribe/:token',
    summary:
      'Stops the weekly digest of the link’s person, without signing in: the page’s button, and the RFC 8058 ' +
      'one-click target (form-encoded `List-Unsubscribe=One-Click`)',
    tag,
    auth: 'none',
    credential: 'token in path',
    status: 200,
    params: UnsubscribeParams,
    body: UnsubscribeBody,
    response: Page,
    produces: ['text/html'],
  }),
} as const;
