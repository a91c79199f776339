import { describe, expect, it } from 'vitest';
import { asError, failProbeArmed, failureText } from './panel-failure.ts';

describe('panel failure', () => {
  it('says which panel stopped and why, in one sentence', () => {
    expect(failureText('Inspector', new Error('test failure'))).toBe('Inspector stopped working: test failure.');
    expect(failureText('Canvas', new Error('Cannot read properties of undefined.'))).toBe(
      'Canvas stopped working: Cannot read properties of undefined.',
    );
    expect(failureText('Flow list', new TypeError(''))).toBe('Flow list stopped working: TypeError.');
  });

  it('makes an Error of whatever was thrown', () => {
    const error = new RangeError('too deep');
    expect(asError(error)).toBe(error);
    expect(asError('plain text').message).toBe('plain text');
    expect(asError(undefined).message).toBe('an unknown error');
    expect(asError({ message: 'an object' }).message).toBe('an unknown error');
  });

  it('arms the test hook only for the panel named, and only by the exact name', () => {
    expect(failProbeArmed('Inspector', {})).toBe(false);
    expect(failProbeArmed('Inspector', { __fastpathFailPanel: 'Inspector' })).toBe(true);
    expect(failProbeArmed('Canvas', { __fastpathFailPanel: 'Inspector' })).toBe(false);
    expect(failProbeArmed('Inspector', { __fastpathFailPanel: 'inspector' })).toBe(false);
    expect(failProbeArmed('Inspector', { __fastpathFailPanel: ['Inspector'] })).toBe(false);
    expect(failProbeArmed('Inspector')).toBe(false); // the real global, unset in normal use
  });
});
