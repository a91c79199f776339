import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type Severity } from '../../engine/index.ts';
import {
  byDecisiveThenSeverity,
  bySeverity,
  SEVERITY_STYLES,
  severityRank,
  worse,
  type SeverityStyle,
} from './severity-style.ts';

// ---- Colours as the browser shows them ------------------------------------------------------------
// Tailwind 4 defines its palette in OKLCH (node_modules/tailwindcss/theme.css); these turn a class
// such as `bg-red-600` or `dark:bg-red-950/50` into sRGB, so the contrast of every pair is measured
// rather than assumed.

type Rgb = readonly [number, number, number]; // gamma-encoded sRGB, 0..1

const encode = (linear: number) => (linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055);
const decode = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
const clamp = (value: number) => Math.min(1, Math.max(0, value));

function fromOklch(lightness: number, chroma: number, hue: number): Rgb {
  const a = chroma * Math.cos((hue * Math.PI) / 180);
  const b = chroma * Math.sin((hue * Math.PI) / 180);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  return linear.map((channel) => encode(clamp(channel))) as unknown as Rgb;
}

const fromHex = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as unknown as Rgb;

const PALETTE = new Map<string, Rgb>([
  ['white', [1, 1, 1]],
  ['black', [0, 0, 0]],
]);
for (const match of readFileSync('node_modules/tailwindcss/theme.css', 'utf8').matchAll(
  /--color-([a-z]+-\d+): oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)/g,
)) {
  PALETTE.set(match[1]!, fromOklch(Number(match[2]) / 100, Number(match[3]), Number(match[4])));
}

/** A Tailwind colour with an optional opacity (`red-950/50`), laid over what is behind it. */
function tailwind(name: string, behind: Rgb): Rgb {
  const [colour, alpha] = name.split('/');
  const rgb = PALETTE.get(colour!);
  if (!rgb) throw new Error(`Unknown Tailwind colour ${colour}`);
  const opacity = alpha === undefined ? 1 : Number(alpha) / 100;
  return rgb.map((channel, i) => channel * opacity + behind[i]! * (1 - opacity)) as unknown as Rgb;
}

function contrast(x: Rgb, y: Rgb): number {
  const luminance = (c: Rgb) => 0.2126 * decode(c[0]) + 0.7152 * decode(c[1]) + 0.0722 * decode(c[2]);
  const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a class list gives a utility (`bg`, `text`) in light or dark mode. */
function utility(classes: string, prefix: 'bg' | 'text', mode: 'light' | 'dark'): string | undefined {
  const own = (variant: string) =>
    classes
      .split(/\s+/)
      .find((c) => c.startsWith(`${variant}${prefix}-`))
      ?.slice(`${variant}${prefix}-`.length);
  return mode === 'dark' ? (own('dark:') ?? own('')) : own('');
}

// The surfaces findings sit on: the side panel (white, slate-900 in the dark).
const PANEL = { light: tailwind('white', [1, 1, 1]), dark: tailwind('slate-900', [0, 0, 0]) } as const;
const MODES = ['light', 'dark'] as const;
const AA = 4.5;

/** Text on a fill of its own (a marker, a card): the fill over the panel, the text over the fill. */
function pairContrast(classes: string, mode: 'light' | 'dark'): number {
  const bg = tailwind(utility(classes, 'bg', mode)!, PANEL[mode]);
  return contrast(tailwind(utility(classes, 'text', mode)!, bg), bg);
}

describe('the severity style table', () => {
  it('has one style for every severity the engine knows, and no other', () => {
    expect(Object.keys(SEVERITY_STYLES).sort()).toEqual([...SEVERITIES].sort());
  });

  it.each(SEVERITIES)('%s: every field is filled in', (severity) => {
    const style: SeverityStyle = SEVERITY_STYLES[severity];
    for (const [field, value] of Object.entries(style)) expect(value, field).not.toBe('');
  });

  it.each(['word', 'plural', 'heading', 'color', 'marker', 'dot', 'badge', 'text'] as const)(
    'no two severities share a %s',
    (field) => {
      const values = SEVERITIES.map((severity) => SEVERITY_STYLES[severity][field]);
      expect(new Set(values).size).toBe(values.length);
    },
  );

  // One look per severity: its classes use its own hue and nothing else (white and black aside).
  it.each([
    { severity: 'error', hue: 'red' },
    { severity: 'warning', hue: 'amber' },
    { severity: 'info', hue: 'slate' },
  ] as const)('$severity is $hue everywhere', ({ severity, hue }) => {
    const { marker, dot, badge, text } = SEVERITY_STYLES[severity];
    const hues = [marker, dot, badge, text].join(' ').matchAll(/(?:bg|text|ring)-([a-z]+)-\d+/g);
    expect(new Set([...hues].map((m) => m[1]))).toEqual(new Set([hue]));
    // The SVG fill is the marker's own colour, so a flow's badge and a node's marker look alike.
    expect(
      contrast(fromHex(SEVERITY_STYLES[severity].color), tailwind(utility(marker, 'bg', 'light')!, PANEL.light)),
    ).toBeLessThan(1.1);
  });

  describe.each(SEVERITIES)('%s meets WCAG AA', (severity) => {
    const style = SEVERITY_STYLES[severity];
    it.each(MODES)('the marker in %s mode', (mode) =>
      expect(pairContrast(style.marker, mode)).toBeGreaterThanOrEqual(AA),
    );
    it.each(MODES)('the card in %s mode', (mode) => expect(pairContrast(style.badge, mode)).toBeGreaterThanOrEqual(AA));
    it.each(MODES)('the words on the panel in %s mode', (mode) => {
      expect(contrast(tailwind(utility(style.text, 'text', mode)!, PANEL[mode]), PANEL[mode])).toBeGreaterThanOrEqual(
        AA,
      );
    });
    it('the SVG badge and the printed report', () => {
      expect(contrast(fromHex(style.onColor), fromHex(style.color))).toBeGreaterThanOrEqual(AA);
      expect(contrast(fromHex(style.print), [1, 1, 1])).toBeGreaterThanOrEqual(AA);
    });
  });
});

describe('severity order', () => {
  it('is the engine order, worst first', () => {
    expect(SEVERITIES.map(severityRank)).toEqual([0, 1, 2]);
    expect(
      [...SEVERITIES]
        .reverse()
        .map((severity) => ({ severity }))
        .sort(bySeverity)
        .map((f) => f.severity),
    ).toEqual([...SEVERITIES]);
  });

  it('puts what decided a flow’s verdict first, even an info note, then orders by severity', () => {
    const findings = [
      { id: 'warning', severity: 'warning' as const },
      { id: 'decisive info', severity: 'info' as const, decisive: true as const },
      { id: 'error', severity: 'error' as const },
      { id: 'decisive warning', severity: 'warning' as const, decisive: true as const },
    ];
    expect(findings.sort(byDecisiveThenSeverity).map((f) => f.id)).toEqual([
      'decisive warning',
      'decisive info',
      'error',
      'warning',
    ]);
  });

  it.each<[Severity, Severity, Severity]>([
    ['error', 'warning', 'error'],
    ['warning', 'error', 'error'],
    ['warning', 'info', 'warning'],
    ['info', 'warning', 'warning'],
    ['info', 'info', 'info'],
    ['error', 'info', 'error'],
  ])('the worse of %s and %s is %s', (a, b, expected) => {
    expect(worse(a, b)).toBe(expected);
  });
});
