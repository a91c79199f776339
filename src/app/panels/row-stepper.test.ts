import { describe, expect, it } from 'vitest';
import { createRowStepper } from './ShowMore.tsx';

type Row = { id: string; v: number };
const rows = (ids: string, v: number): Row[] => [...ids].map((id) => ({ id, v }));
const values = (drawn: readonly Row[]) => drawn.map((row) => `${row.id}${row.v}`).join(' ');

describe('createRowStepper', () => {
  it('takes a first list, and a list in a new order or of a new length, at once', () => {
    const stepper = createRowStepper<Row>(2);
    expect(values(stepper.take(rows('abcde', 0)))).toBe('a0 b0 c0 d0 e0');
    expect(stepper.stepping()).toBe(false);
    expect(values(stepper.take(rows('edcba', 1)))).toBe('e1 d1 c1 b1 a1');
    expect(values(stepper.take(rows('edc', 2)))).toBe('e2 d2 c2');
    expect(stepper.stepping()).toBe(false);
  });

  it('brings changed rows in a slice at a time from the top, until all are the newest', () => {
    const stepper = createRowStepper<Row>(2);
    stepper.take(rows('abcde', 0));
    const newest = rows('abcde', 1);
    expect(values(stepper.take(newest))).toBe('a1 b1 c0 d0 e0');
    expect(stepper.stepping()).toBe(true);
    stepper.next();
    expect(values(stepper.take(newest))).toBe('a1 b1 c1 d1 e0');
    stepper.next();
    expect(stepper.take(newest)).toBe(newest);
    expect(stepper.stepping()).toBe(false);
  });

  it('starts again from the top when rows change while stepping, keeping what is drawn below', () => {
    const stepper = createRowStepper<Row>(2);
    stepper.take(rows('abcde', 0));
    stepper.take(rows('abcde', 1));
    expect(values(stepper.take(rows('abcde', 2)))).toBe('a2 b2 c0 d0 e0');
  });

  it('keeps the same rows as they are, in a new array, with nothing to step', () => {
    const stepper = createRowStepper<Row>(2);
    const list = rows('abc', 0);
    stepper.take(list);
    const copy = [...list];
    expect(stepper.take(copy)).toBe(copy);
    expect(stepper.stepping()).toBe(false);
  });
});
