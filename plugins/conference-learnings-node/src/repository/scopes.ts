import { EvidenceScope } from './types';

/** Scopes from strongest to weakest evidence: runtime, dev, test. */
export const SCOPE_RANK: Record<EvidenceScope, number> = {
  runtime: 0,
  dev: 1,
  test: 2,
};

/** The weaker of two scopes: test beats dev beats runtime. */
export function weaker(a: EvidenceScope, b: EvidenceScope): EvidenceScope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}

/** The stronger of two scopes: runtime beats dev beats test. */
export function stronger(a: EvidenceScope, b: EvidenceScope): EvidenceScope {
  return SCOPE_RANK[a] <= SCOPE_RANK[b] ? a : b;
}
