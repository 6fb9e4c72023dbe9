import { z } from 'zod';
import { IdParams, listOf, pageOf } from '../http/common.schema.ts';
import { endpoint } from '../http/contract.ts';
import { Contact, ContactListQuery, CreateContactBody, UpdateContactBody } from './contact.schema.ts';
import {
  CreateInteractionBody,
  Interaction,
  InteractionListQuery,
  UpdateInteractionBody,
} from './interaction.schema.ts';
import {
  DueList,
  DueQuery,
  LinkedInImportSummary,
  NetworkSettings,
  UpdateNetworkSettingsBody,
  VcardImportSummary,
} from './network.schema.ts';

const tag = 'Network';

export const contactApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/contacts',
    summary: 'Your contacts by name (filters q, role, tag; pages with limit and cursor)',
    tag,
    auth: 'user',
    status: 200,
    query: ContactListQuery,
    response: pageOf(Contact),
  }),
  exportVcard: endpoint({
    method: 'GET',
    path: '/api/v1/contacts/export',
    summary: 'Every contact as one vCard 4.0 file (text/vcard): names, e-mails, phones, company, position …',
    tag,
    auth: 'user',
    status: 200,
    response: z.string().describe('vCard 4.0 (text/vcard; charset=utf-8)'),
    produces: ['text/vcard'],
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/contacts/:id',
    summary: 'One contact, with when you last were and next should be in touch',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: Contact,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/contacts',
    summary: 'Add a contact',
    tag,
    auth: 'user',
    status: 201,
    body: CreateContactBody,
    response: Contact,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/contacts/:id',
    summary: 'Change a contact',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    body: UpdateContactBody,
    response: Contact,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/v1/contacts/:id',
    summary:
      'Delete a contact; interactions with it alone go too (with their goal check-ins), the others lose it',
    tag,
    auth: 'user',
    status: 204,
    params: IdParams,
    response: null,
  }),
  interactions: endpoint({
    method: 'GET',
    path: '/api/v1/contacts/:id/interactions',
    summary: "A contact's interactions, newest first",
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: listOf(Interaction),
  }),
  importLinkedIn: endpoint({
    method: 'POST',
    path: '/api/v1/contacts/import/linkedin',
    summary:
      'Import LinkedIn’s Connections.csv (a text/csv body or a multipart upload; up to 10 MB); a re-import matches by LinkedIn URL, else e-mail, else name, and updates',
    tag,
    auth: 'user',
    status: 200,
    response: LinkedInImportSummary,
  }),
  importVcard: endpoint({
    method: 'POST',
    path: '/api/v1/contacts/import/vcard',
    summary:
      'Import a vCard file (2.1, 3.0 or 4.0; several cards; text/vcard or a multipart upload; up to 10 MB); a card with a known e-mail, or name and phone, merges',
    tag,
    auth: 'user',
    status: 200,
    response: VcardImportSummary,
  }),
};

export const interactionApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/interactions',
    summary: 'Your interactions, newest first (followUp=open: only open follow-ups; goalId; pages)',
    tag,
    auth: 'user',
    status: 200,
    query: InteractionListQuery,
    response: pageOf(Interaction),
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/interactions/:id',
    summary: 'One interaction',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: Interaction,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/interactions',
    summary:
      'Log an interaction with one or more contacts; linked to a goal that adds up, it checks in 1 on it',
    tag,
    auth: 'user',
    status: 201,
    body: CreateInteractionBody,
    response: Interaction,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/interactions/:id',
    summary: 'Change an interaction, and the goal check-in it wrote with it',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    body: UpdateInteractionBody,
    response: Interaction,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/v1/interactions/:id',
    summary: 'Delete an interaction, and the goal check-in it wrote',
    tag,
    auth: 'user',
    status: 204,
    params: IdParams,
    response: null,
  }),
  followUpDone: endpoint({
    method: 'POST',
    path: '/api/v1/interactions/:id/follow-up-done',
    summary: 'Mark the follow-up of an interaction done, today (409 when it has none)',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: Interaction,
  }),
};

export const networkApi = {
  settings: endpoint({
    method: 'GET',
    path: '/api/v1/network/settings',
    summary: 'Your default keep-in-touch cadence of each role',
    tag,
    auth: 'user',
    status: 200,
    response: NetworkSettings,
  }),
  updateSettings: endpoint({
    method: 'PATCH',
    path: '/api/v1/network/settings',
    summary: 'Merge default cadences by role into your settings (null removes a role’s)',
    tag,
    auth: 'user',
    status: 200,
    body: UpdateNetworkSettingsBody,
    response: NetworkSettings,
  }),
  due: endpoint({
    method: 'GET',
    path: '/api/v1/network/due',
    summary:
      'Who to get in touch with as of a day (due, and losing touch) and the follow-ups of the week ahead',
    tag,
    auth: 'user',
    status: 200,
    query: DueQuery,
    response: DueList,
  }),
};
