import { describe, expect, it } from 'vitest';
import { previewMessage } from './rule.ts';

// The one place that words what `allowPreviews` makes of a preview feature.

const preview = { feature: 'FastPath to private endpoint "pe"', stage: 'public preview' };
const stated = 'FastPath to private endpoint "pe" is in public preview; ';

describe('previewMessage', () => {
  it.each([
    [true, false, 'counted as FastPath because the design allows previews.'],
    [true, true, 'counted as FastPath because the design allows previews.'],
    [false, false, 'the gateway carries the traffic unless previews are allowed.'],
    [false, true, 'the hub gateway carries the traffic unless previews are allowed.'],
  ])('previews allowed: %s, destination in a spoke: %s', (allowPreviews, isSpoke, outcome) => {
    expect(previewMessage(preview, { isSpoke }, allowPreviews)).toBe(stated + outcome);
  });
});
