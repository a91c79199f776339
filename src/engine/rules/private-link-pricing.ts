import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';

export default defineRule({
  id: 'private-link-pricing',
  description: 'Private Link data-processing charges do not apply to traffic sent over FastPath',
  sources: [about('2021-08'), about('latest'), DOCS.privateLinkPricing],
  packs: packsBetween('2021-08'),
  confidence: 'documented',
  annotate(ctx) {
    if (ctx.verdict !== 'fastpath' || ctx.leg?.dest.kind !== 'privateEndpoint') return;
    const stated = ctx.at('2021-08', '2022') ? ' (stated for the preview)' : '';
    ctx.report({
      subject: ctx.leg.dest.id,
      severity: 'info',
      message: `Private Link pricing does not apply to this traffic while it goes over FastPath${stated}.`,
      remediation: 'None; consider it in the cost model.',
      source: about(ctx.pack),
    });
  },
});
