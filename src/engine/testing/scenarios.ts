import { GATEWAY_SCENARIOS } from './scenarios-gateways.ts';
import { PRIVATE_LINK_SCENARIOS } from './scenarios-private-link.ts';
import { ROUTE_SCENARIOS } from './scenarios-routes.ts';
import type { Scenario } from './scenario-kit.ts';

// RULES.md section 6 as data: every worked scenario, with the verdict and findings expected in
// each pack its row names, in three files by theme. scenarios.test.ts checks them; other tests may
// sweep them too.

export type { Expectation, Scenario } from './scenario-kit.ts';

export const SCENARIOS: readonly Scenario[] = [...ROUTE_SCENARIOS, ...PRIVATE_LINK_SCENARIOS, ...GATEWAY_SCENARIOS];
