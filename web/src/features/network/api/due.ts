// Who to get in touch with, for the Network page and the Home page. On its own, so that the first
// download carries this one hook and not the network pages' (api/keys.ts: `networkKeys.due`).
import type { networkApi } from '@shared/network/network.contract.ts';
import { useQuery } from '@tanstack/react-query';
import { api, endpointRef } from '../../../api/client.ts';
import { networkKeys } from '../../../api/keys.ts';

const due = endpointRef<typeof networkApi.due>('GET', '/api/v1/network/due');

/**
 * As of today in the person's time zone: who is due (most overdue first), who is losing touch, and
 * the open follow-ups up to a week ahead, overdue ones included.
 */
export function useDue() {
  return useQuery({ queryKey: networkKeys.due(), queryFn: () => api.call(due) });
}
