import type { CSSProperties, ReactNode } from 'react';

/**
 * An SVG drawn in the coordinates of what holds it (the viewport, a node), over any extent: a
 * picture only, which never takes the pointer and is not read out. The links' layer and the
 * overview's sketches are drawn in one.
 */
export function OverlaySvg({
  testId,
  className = '',
  style,
  children,
}: {
  testId: string;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <svg
      className={`pointer-events-none absolute top-0 left-0 overflow-visible ${className}`}
      width={1}
      height={1}
      aria-hidden="true"
      style={style}
      data-testid={testId}
    >
      {children}
    </svg>
  );
}
