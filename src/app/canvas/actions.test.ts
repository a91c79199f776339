import { describe, expect, it } from 'vitest';
import { estate, select } from '../testing/fixtures.ts';
import {
  ACTIONS,
  CLIPBOARD_SHORTCUTS,
  defineActions,
  displayKey,
  findAction,
  isEnabled,
  normaliseKey,
  shortcutSheet,
  TOOLBAR,
} from './actions.ts';
import { targetVnet } from './targets.ts';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; code: string }> = {},
) => ({
  key: k,
  code: mods.code,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

const noop = () => {};

describe('the action table', () => {
  it('refuses two actions on one key', () => {
    expect(() =>
      defineActions([
        { id: 'undo', keys: ['Mod+Z'], label: 'Undo', group: 'Edit', perform: noop },
        { id: 'redo', keys: ['Mod+Z'], label: 'Redo', group: 'Edit', perform: noop },
      ]),
    ).toThrow(/Mod\+Z is given to both "undo" and "redo"/);
  });

  it('gives no key twice in a mode, counting the clipboard keys while editing', () => {
    const editing = ACTIONS.filter((a) => (a.mode ?? 'edit') === 'edit');
    const keys = [...editing.flatMap((a) => a.keys), ...CLIPBOARD_SHORTCUTS.map((c) => c.keys)];
    expect(new Set(keys).size).toBe(keys.length);
    const presenting = ACTIONS.filter((a) => a.mode === 'present').flatMap((a) => a.keys);
    expect(new Set(presenting).size).toBe(presenting.length);
  });

  it('gives a key its meaning from the mode: presenting, Escape leaves and Delete does nothing', () => {
    const press = (key: string) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false });
    expect(findAction(press('Escape'), 'edit')?.id).toBe('deselect');
    expect(findAction(press('Escape'), 'present')?.id).toBe('presentLeave');
    expect(findAction(press('Delete'), 'present')).toBeUndefined();
    // What a presentation clicker sends.
    for (const key of ['ArrowRight', ' ', 'PageDown'])
      expect(findAction(press(key), 'present')?.id).toBe('presentNext');
    for (const key of ['ArrowLeft', 'PageUp']) expect(findAction(press(key), 'present')?.id).toBe('presentPrevious');
    expect(findAction(press('p'), 'edit')?.id).toBe('present');
    expect(() =>
      defineActions([
        { id: 'a', keys: ['Escape'], label: 'A', group: 'Edit', perform: noop },
        { id: 'b', keys: ['Escape'], label: 'B', group: 'Present', mode: 'present', perform: noop },
      ]),
    ).not.toThrow();
  });

  it('has unique ids', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });

  it('lists every action with a key in the shortcut sheet, once', () => {
    const listed = shortcutSheet().flatMap((s) => s.entries.map((e) => e.id));
    for (const action of ACTIONS.filter((a) => a.keys.length > 0))
      expect(listed.filter((id) => id === action.id)).toHaveLength(1);
    for (const clip of CLIPBOARD_SHORTCUTS) expect(listed).toContain(clip.keys);
  });

  it('makes every toolbar button an action row with a button name and a key', () => {
    for (const id of TOOLBAR) {
      if (id === '|') continue;
      const action = ACTIONS.find((a) => a.id === id);
      expect(action?.button, id).toBeTruthy();
      expect(action?.keys.length, id).toBeGreaterThan(0);
    }
    const named = ACTIONS.filter((a) => a.button !== undefined).map((a) => a.id);
    expect(TOOLBAR.filter((id) => id !== '|').sort()).toEqual([...named].sort());
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
    [key('t'), 'toggleTextView'],
    [key('?', { shift: true }), 'help'],
    [key('!', { shift: true, code: 'Digit1' }), 'fitView'],
    [key('1', { code: 'Digit1' }), 'add:onPremises'],
    [key('3'), 'add:vnet'],
    [key('5'), 'add:vm'],
    [key('Escape'), 'deselect'],
  ] as const)('%o → %s', (event, action) => {
    expect(findAction(event)?.id).toBe(action);
  });

  it.each([key('z', { alt: true }), key('Shift', { shift: true }), key('q')])('ignores %o', (event) => {
    expect(findAction(event)).toBeUndefined();
  });

  it('names keys for the sheet', () => {
    expect(normaliseKey(key('z', { ctrl: true, shift: true }))).toBe('Mod+Shift+Z');
    expect(displayKey('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKey('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });

  it('binds every palette kind to a digit', () => {
    expect(ACTIONS.filter((a) => a.group === 'Add').map((a) => a.keys[0])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('lets only Escape through a text field and only help through a dialog', () => {
    expect(ACTIONS.filter((a) => a.whileTyping).map((a) => a.id)).toEqual(['deselect']);
    expect(ACTIONS.filter((a) => a.overDialogs).map((a) => a.id)).toEqual(['help']);
  });
});

describe('a read-only shared design', () => {
  const context = (readOnly: boolean) =>
    ({
      ui: { tool: 'connect', presenting: false, textView: false } as never,
      doc: { readOnly, design: estate(), history: { past: [{}], future: [{}] } } as never,
      editor: {} as never,
    }) as Parameters<typeof isEnabled>[1];

  it.each([
    ['undo', false],
    ['redo', false],
    ['delete', false],
    ['duplicate', false],
    ['flowTool', false],
    ['tidy', false],
    ['add:vm', false],
    ['fitView', true],
    ['toggleTextView', true],
    ['present', true],
    ['help', true],
  ])('%s is enabled: %s', (id, enabled) => {
    const action = ACTIONS.find((a) => a.id === id)!;
    expect(isEnabled(action, context(true))).toBe(enabled);
    expect(isEnabled(action, context(false))).toBe(true);
  });
});

describe('targetVnet', () => {
  it.each([
    [['hub'], 'hub'],
    [['vm2'], 'spoke'],
    [['site', 'vm'], 'hub'],
    [['site'], undefined],
    [[], undefined],
  ] as const)('%o → %s', (nodeIds, vnet) => {
    expect(targetVnet(estate(), select([...nodeIds]))).toBe(vnet);
  });

  it('falls back to the only VNet there is', () => {
    const design = estate();
    const one = {
      ...design,
      nodes: design.nodes.filter((n) => n.id === 'site' || n.id === 'hub' || n.parentId === 'hub'),
    };
    expect(targetVnet(one, select([]))).toBe('hub');
  });
});
