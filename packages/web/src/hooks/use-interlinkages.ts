import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchLinkEvidence, fetchNetwork, type NetworkPlace } from '../api/interlinkages.api.ts';
import type { LinkEvidence, Network } from '../api/interlinkages-types.ts';

/** Cache keys of the interlinkage queries. */
export const interlinkageKeys = {
  network: (place: NetworkPlace) => ['interlinkages', place] as const,
  link: (place: NetworkPlace, a: string, b: string) => ['interlinkages', place, a, b] as const,
};

/** A network of target synergies and trade-offs. */
export function useNetwork(place: NetworkPlace): UseQueryResult<Network> {
  return useQuery({
    queryKey: interlinkageKeys.network(place),
    queryFn: ({ signal }) => fetchNetwork(place, signal),
  });
}

/** The evidence of one link; waits until a link is chosen. */
export function useLinkEvidence(
  place: NetworkPlace,
  link: { readonly a: string; readonly b: string } | undefined,
): UseQueryResult<LinkEvidence> {
  return useQuery({
    queryKey: interlinkageKeys.link(place, link?.a ?? '', link?.b ?? ''),
    queryFn: ({ signal }) => fetchLinkEvidence(place, link?.a ?? '', link?.b ?? '', signal),
    enabled: link !== undefined,
    retry: false,
  });
}
