import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ConfigError, loadConfig } from '../../../src/config';
import { SsmlBuilder } from '../../../src/render/speech/ssmlBuilder';
import { phoneGroups, siteName, speakableParagraphs } from '../../../src/render/speech/speechText';
import { DEFAULT_VOICES } from '../../../src/render/speech/voiceSettings';
import { escapeXml } from '../../../src/render/speech/xml';
import { checkSsml, HOSTILE } from './speechFixtures';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('drops characters XML cannot hold, keeps the rest of Unicode', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('Göteborg Гетеборг 😀\n\t')).toBe('Göteborg Гетеборг 😀\n\t');
  });
});

describe('SsmlBuilder', () => {
  it('writes the speak root of CONTRACT.md with the voice of the locale', () => {
    const ssml = new SsmlBuilder('sv').say('Hej!').build(DEFAULT_VOICES);
    expect(ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="sv-SE"><voice name="sv-SE-SofieNeural">Hej!</voice></speak>',
    );
  });

  it.each([
    ['sv', 'sv-SE', 'sv-SE-SofieNeural'],
    ['en', 'en-GB', 'en-GB-SoniaNeural'],
    ['uk', 'uk-UA', 'uk-UA-PolinaNeural'],
  ] as const)('%s speaks as %s with %s', (lang, locale, voice) => {
    const ssml = new SsmlBuilder(lang).say('…').build(DEFAULT_VOICES);
    expect(ssml).toContain(`xml:lang="${locale}"`);
    expect(ssml).toContain(`<voice name="${voice}">`);
  });

  it('uses configured voices', () => {
    const voices = { ...DEFAULT_VOICES, en: 'en-GB-RyanNeural' };
    expect(new SsmlBuilder('en').say('Hi').build(voices)).toContain('name="en-GB-RyanNeural"');
  });

  it('escapes user text so it stays text', () => {
    const ssml = new SsmlBuilder('en').say(`Near ${HOSTILE}</voice></speak>`).build(DEFAULT_VOICES);
    expect(ssml).not.toContain('<script>');
    const { text } = checkSsml(ssml, 'en');
    expect(text).toContain(`Near ${HOSTILE}</voice></speak>`);
  });

  it('reads a number digit by digit, group by group, with a pause between groups', () => {
    const b = new SsmlBuilder('sv').say('Ring').digits(['0771', '524', '524']).say('.');
    const ssml = b.build(DEFAULT_VOICES);
    expect(ssml).toContain(
      '<say-as interpret-as="digits">0771</say-as><break time="250ms"/><say-as interpret-as="digits">524</say-as>',
    );
    expect(ssml).toContain('</say-as>.</voice>');
    expect(b.plainText()).toBe('Ring 0 7 7 1, 5 2 4, 5 2 4.');
  });

  it('gives another language its own voice and returns to the reply voice', () => {
    const ssml = new SsmlBuilder('sv')
      .say('Hej!')
      .say('For English, press 2.', 'en')
      .say('Українською — натисніть 3.', 'uk')
      .say('Vad gäller det?')
      .build(DEFAULT_VOICES);
    const { voices } = checkSsml(ssml, 'sv');
    expect(voices).toEqual([
      'sv-SE-SofieNeural',
      'en-GB-SoniaNeural',
      'uk-UA-PolinaNeural',
      'sv-SE-SofieNeural',
    ]);
  });

  it('puts pauses between paragraphs, never at the ends', () => {
    const ssml = new SsmlBuilder('en').pause().say('One.').pause().pause().say('Two.').pause();
    expect(ssml.build(DEFAULT_VOICES)).toContain(
      '<voice name="en-GB-SoniaNeural">One. <break time="500ms"/> Two.</voice>',
    );
  });

  it('is valid SSML even when nothing is said', () => {
    const b = new SsmlBuilder('uk');
    expect(b.isEmpty).toBe(true);
    const ssml = b.build(DEFAULT_VOICES);
    expect(XMLValidator.validate(ssml)).toBe(true);
    expect(parser.parse(ssml)).toHaveProperty('speak');
  });
});

describe('speech text', () => {
  it.each([
    ['0771-524 524', ['0771', '524', '524']],
    ['0771-73 73 00', ['0771', '73', '73', '00']],
    ['114 14', ['114', '14']],
    ['112', ['112']],
    ['+46 8 564 851 60', ['08', '564', '851', '60']],
    ['+46 (0)498 200 700', ['0498', '200', '700']],
  ])('reads %s in the groups it is written in', (display, groups) => {
    expect(phoneGroups(display)).toEqual(groups);
  });

  it.each([
    ['https://www.skatteverket.se/privat/folkbokforing', 'skatteverket.se'],
    ['https://migrationsverket.se/', 'migrationsverket.se'],
    ['https://www.1177.se', '1177.se'],
  ])('says %s as the site name %s', (url, name) => {
    expect(siteName(url)).toBe(name);
  });

  it('turns Markdown into paragraphs to speak, with sites instead of URLs', () => {
    const text =
      '**Kista**, 1,2 km  \nAdress: Kistagången 12\n\nSee [the page](https://example.se/x) or https://www.statenssc.se/besokservicekontor.\n\n- one\n- two';
    expect(speakableParagraphs(text)).toEqual([
      'Kista, 1,2 km. Adress: Kistagången 12.',
      'See the page or statenssc.se.',
      'one. two.',
    ]);
  });
});

describe('voice settings', () => {
  it('default to the neural voices of the three locales', () => {
    expect(loadConfig({}).voices).toEqual(DEFAULT_VOICES);
    expect(loadConfig({ VOICE_SV: '', VOICE_EN: ' ' }).voices).toEqual(DEFAULT_VOICES);
  });

  it('take VOICE_SV, VOICE_EN and VOICE_UK', () => {
    const config = loadConfig({
      VOICE_SV: 'sv-SE-MattiasNeural',
      VOICE_EN: 'en-GB-Ryan:DragonHDLatestNeural',
      VOICE_UK: 'uk-UA-OstapNeural',
    });
    expect(config.voices).toEqual({
      sv: 'sv-SE-MattiasNeural',
      en: 'en-GB-Ryan:DragonHDLatestNeural',
      uk: 'uk-UA-OstapNeural',
    });
  });

  it('refuse a voice of another locale, naming each bad setting', () => {
    let error: unknown;
    try {
      loadConfig({ VOICE_EN: 'en-US-JennyNeural', VOICE_UK: 'sv-SE-SofieNeural' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/VOICE_EN: must be a en-GB voice name/);
    expect(problems).toMatch(/VOICE_UK: must be a uk-UA voice name/);
  });
});
