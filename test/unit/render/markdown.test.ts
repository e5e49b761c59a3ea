import { LANGS } from '../../../src/languages';
import { escapeMarkdown } from '../../../src/render/markdown';
import { makeRenderer } from './speechFixtures';

const renderer = makeRenderer();

/** What a person might type as a place name, meaning harm. */
const WRITTEN = [
  '[click me](javascript:alert(1))',
  '![x](https://evil.example/pixel.png)',
  '<img src=x onerror=alert(1)>',
  '**Kiruna** _now_ `code` ~~x~~ | a | b |',
  'Kiruna\n\n# Call 0701234567',
  '&lt;script&gt;',
];

describe('user text in Markdown replies (issue 16, item 13)', () => {
  it.each(LANGS.flatMap((lang) => WRITTEN.map((written) => [lang, written] as const)))(
    '%s: the ambiguous-place question shows %j as text, never as markup',
    (lang, written) => {
      const reply = renderer.render(
        {
          kind: 'choosePlace',
          written,
          candidates: [
            { name: 'Kiruna', municipality: 'Kiruna' },
            { name: 'Kiruna', municipality: 'Gällivare' },
          ],
        },
        { lang, channelId: 'webchat', voice: false },
      );
      const text = reply.text ?? '';
      expect(text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/); // no link or image
      expect(text).not.toMatch(/<(img|script)/i);
      expect(text).not.toMatch(/(?<!\\)\*\*|(?<!\\)`|(?<!\\)~~/);
      expect(text).not.toMatch(/\n#/);
      expect(text).not.toContain('&lt;script'); // an entity of theirs stays an entity's text
    },
  );

  it('escapes inline markup and HTML, folds line breaks, keeps ordinary names as they are', () => {
    expect(escapeMarkdown('[a](b)')).toBe('\\[a\\]\\(b\\)');
    expect(escapeMarkdown('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(escapeMarkdown('a\n\n# b')).toBe('a # b');
    for (const name of ['Kiruna', 'Upplands Väsby', 'Borås C', 'Skärholmen-Vårby', 'Кіруна'])
      expect(escapeMarkdown(name)).toBe(name);
  });
});
