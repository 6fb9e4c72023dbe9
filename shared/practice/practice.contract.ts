import { IdParams, listOf } from '../http/common.schema.ts';
import { endpoint } from '../http/contract.ts';
import { Ledger, LedgerQuery, LedgerRow } from './ledger.schema.ts';
import {
  CreatePracticeBody,
  PracticeEntry,
  PracticeListQuery,
  UpdatePracticeBody,
} from './practice.schema.ts';

const tag = 'Practice';
const ledgerTag = 'Ledger';

export const practiceApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/practice',
    summary: 'Your practice log, newest date first (filter by skillId, from, to)',
    tag,
    auth: 'user',
    status: 200,
    query: PracticeListQuery,
    response: listOf(PracticeEntry),
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/practice/:id',
    summary: 'One practice entry',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    response: PracticeEntry,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/practice',
    summary: 'Log time spent practising skills; it checks in on its goal when that adds up time',
    tag,
    auth: 'user',
    status: 201,
    body: CreatePracticeBody,
    response: PracticeEntry,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/practice/:id',
    summary: 'Change a practice entry, and the goal check-in it wrote with it',
    tag,
    auth: 'user',
    status: 200,
    params: IdParams,
    body: UpdatePracticeBody,
    response: PracticeEntry,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/v1/practice/:id',
    summary: 'Delete a practice entry, and the goal check-in it wrote',
    tag,
    auth: 'user',
    status: 204,
    params: IdParams,
    response: null,
  }),

  ledger: endpoint({
    method: 'GET',
    path: '/api/v1/ledger',
    summary:
      'Knowledge against practice: per skill, hours learning and practising, content, credentials and flags, as of asOf (default today)',
    tag: ledgerTag,
    auth: 'user',
    status: 200,
    query: LedgerQuery,
    response: Ledger,
  }),
  skillLedger: endpoint({
    method: 'GET',
    path: '/api/v1/skills/:id/ledger',
    summary: "One skill's row of the ledger; zeros when nothing is logged on it",
    tag: ledgerTag,
    auth: 'user',
    status: 200,
    params: IdParams,
    query: LedgerQuery,
    response: LedgerRow,
  }),
} as const;
