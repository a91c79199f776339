import { describe, expect, it } from 'vitest';
import { defineShortcuts, displayKey, findShortcut, normaliseKey, SHORTCUTS } from './shortcuts.ts';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; code: string }> = {}) => ({
  key: k, code: mods.code, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt,
});

describe('shortcuts', () => {
  it('refuses two actions on one key', () => {
    expect(() => defineShortcuts([
      { action: 'undo', keys: ['Mod+Z'], label: 'Undo', group: 'Edit' },
      { action: 'redo', keys: ['Mod+Z'], label: 'Redo', group: 'Edit' },
    ])).toThrow(/Mod\+Z is given to both "undo" and "redo"/);
  });

  it.each([
    [key('z', { ctrl: true }), 'undo'],
    [key('z', { meta: true }), 'undo'],
    [key('Z', { ctrl: true, shift: true }), 'redo'],
    [key('y', { ctrl: true }), 'redo'],
    [key('Delete'), 'delete'],
    [key('Backspace'), 'delete'],
    [key('d', { ctrl: true }), 'duplicate'],
    [key('f'), 'flowTool'],
    [key('?', { shift: true }), 'help'],
    [key('!', { shift: true, code: 'Digit1' }), 'fitView'],
    [key('1', { code: 'Digit1' }), 'add:onPremises'],
    [key('3'), 'add:vnet'],
    [key('5'), 'add:vm'],
    [key('Escape'), 'deselect'],
  ] as const)('%o → %s', (event, action) => {
    expect(findShortcut(event)?.action).toBe(action);
  });

  it.each([key('z', { alt: true }), key('Shift', { shift: true }), key('q')])('ignores %o', (event) => {
    expect(findShortcut(event)).toBeUndefined();
  });

  it('names keys for the sheet', () => {
    expect(normaliseKey(key('z', { ctrl: true, shift: true }))).toBe('Mod+Shift+Z');
    expect(displayKey('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKey('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });

  it('binds every palette kind to a digit', () => {
    expect(SHORTCUTS.filter((s) => s.group === 'Add').map((s) => s.keys[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});
