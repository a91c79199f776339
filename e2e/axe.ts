import AxeBuilder from '@axe-core/playwright';
import type { Page } from './test.ts';

// axe-core over the page as it stands, against WCAG 2.1 A and AA: the serious and critical
// violations, each with where it was found, so a failing test says what to fix.

export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // `within`: a CSS selector, to check one part of the page (a panel) and not what passes over it.
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 8)
          .join(', ')}${v.nodes.length > 8 ? `, and ${v.nodes.length - 8} more` : ''})`,
    );
}
