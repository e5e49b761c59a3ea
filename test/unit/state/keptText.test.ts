import { MAX_KEPT_TEXT, keptText } from '../../../src/state/guideState';

describe('keptText: the most of a person’s own text state keeps', () => {
  it.each([
    ['a 2,000-character Ukrainian span', 'Гамлестаден '.repeat(170)],
    ['emoji that must not be cut in half', '👨‍👩‍👧‍👦'.repeat(100)],
  ])('cuts %s to MAX_KEPT_TEXT characters, whole code points, with an ellipsis', (_name, text) => {
    const kept = keptText(text);
    expect(Array.from(kept)).toHaveLength(MAX_KEPT_TEXT);
    expect(kept.endsWith('…')).toBe(true);
    expect(kept).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('keeps short text as it is', () => {
    expect(keptText('Kiruna')).toBe('Kiruna');
  });
});
