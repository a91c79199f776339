import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

// A long list in the details panel (thousands of flows or findings in a large design) draws only
// the rows in view of the panel's scroll, and a few around them; each row is measured as it is
// drawn. The panel scrolls as one, with the inspector and other lists above, so where the list
// starts in it is measured again as the panels above change size.

/** Where a row of a virtual list is drawn, and how its height is measured: for its `<li>`. */
export type Placement = {
  index: number;
  count: number;
  top: number;
  measure: (element: HTMLElement | null) => void;
};

/** The attributes a row's `<li>` takes from its placement (none outside a virtual list). */
export function placedRow(placement: Placement | undefined) {
  if (!placement) return {};
  const style: CSSProperties = {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    transform: `translateY(${placement.top}px)`,
  };
  return {
    ref: placement.measure,
    'data-index': placement.index,
    // Assistive technology hears "row 41 of 1,000", though only a few rows are drawn.
    'aria-setsize': placement.count,
    'aria-posinset': placement.index + 1,
    style,
  };
}

/** Placements equal for a memoised row: the measuring function is the list's own, and stays. */
export function samePlacement(a: Placement | undefined, b: Placement | undefined): boolean {
  return a?.top === b?.top && a?.index === b?.index && a?.count === b?.count;
}

export function VirtualRows<T>(props: {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** Height of a row not measured yet. */
  estimate: number;
  /** Between rows, as the list's `space-y-*` gives when drawn whole. */
  gap: number;
  label?: string;
  className?: string;
  onMouseLeave?: () => void;
  row: (item: T, placement: Placement) => ReactNode;
}) {
  const { items, keyOf, estimate, gap, label, className, onMouseLeave, row } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const parent = list ? scrollParent(list) : null;
    setScroller(parent);
    if (!list || !parent) return;
    const place = () => {
      const top = list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
      setMargin((before) => (Math.abs(before - top) < 0.5 ? before : top));
    };
    place();
    const resized = new ResizeObserver(place);
    for (const child of parent.children) resized.observe(child);
    return () => resized.disconnect();
  }, []);
  // The app is not built with the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    gap,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : keyOf(item);
    },
  });
  return (
    <ul
      ref={listRef}
      aria-label={label}
      className={`relative ${className ?? ''}`}
      style={{ height: virtualizer.getTotalSize() }}
      onMouseLeave={onMouseLeave}
    >
      {virtualizer.getVirtualItems().map((virtual) => {
        const item = items[virtual.index];
        if (item === undefined) return null;
        return row(item, {
          index: virtual.index,
          count: items.length,
          top: virtual.start - margin,
          measure: virtualizer.measureElement,
        });
      })}
    </ul>
  );
}

/** The nearest ancestor that scrolls vertically (the details panel). */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return parent;
  }
  return null;
}
