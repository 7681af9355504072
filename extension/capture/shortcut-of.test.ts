import { describe, expect, it } from 'vitest';

import { shortcutOf, type KeyPress } from './shortcut-of.ts';

const press = (key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('shortcutOf', () => {
  it('names combinations with a modifier by the lower-case key', () => {
    expect(shortcutOf(press('v', 'KeyV', { altKey: true }))).toBe('alt+v');
    expect(shortcutOf(press('C', 'KeyC', { ctrlKey: true, shiftKey: true }))).toBe('ctrl+shift+c');
    expect(shortcutOf(press('1', 'Digit1', { metaKey: true, altKey: true }))).toBe('alt+meta+1');
  });

  it('reads the physical key when alt composes a character, as on macOS', () => {
    expect(shortcutOf(press('√', 'KeyV', { altKey: true }))).toBe('alt+v');
  });

  it('records escape on its own', () => {
    expect(shortcutOf(press('Escape', 'Escape'))).toBe('escape');
  });

  it('never records typing: plain keys, shift alone, AltGr characters, other keys', () => {
    expect(shortcutOf(press('a', 'KeyA'))).toBeNull();
    expect(shortcutOf(press('A', 'KeyA', { shiftKey: true }))).toBeNull();
    expect(
      shortcutOf(press('@', 'KeyQ', { ctrlKey: true, altKey: true, altGraph: true })),
    ).toBeNull();
    expect(shortcutOf(press('Enter', 'Enter', { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('Control', 'ControlLeft', { ctrlKey: true }))).toBeNull();
  });
});
