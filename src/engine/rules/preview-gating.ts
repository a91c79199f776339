import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';

// Engine policy (RULES.md 3.28): preview and limited-GA features count as FastPath only when the
// design says so with `allowPreviews`. Rules call ctx.preview(), which writes what the policy makes
// of the feature; this rule states the policy once per connection.

export default defineRule({
  id: 'preview-gating',
  description: 'Preview and limited-GA FastPath features count only when the design allows previews',
  sources: [about('2021-08'), about('2023-11'), about('2025-03')],
  packs: packsBetween('2021-08', '2025-03'),
  confidence: 'documented',
  checkDesign(ctx) {
    if (!ctx.allowPreviews) return;
    for (const connection of ctx.topo.edgesOf('connection')) {
      if (!connection.props.fastPath) continue;
      ctx.report({
        subject: connection.id,
        severity: 'info',
        message:
          'The design allows previews: preview and limited-GA FastPath features on ' +
          `${ctx.topo.name(connection.id)} are counted as FastPath, which assumes the subscription is enrolled.`,
        remediation:
          'Enrol through the preview or limited-GA process before relying on these verdicts, or turn previews off.',
        source: about(ctx.pack),
      });
    }
  },
});
