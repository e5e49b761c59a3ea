/**
 * npm run eval:conversations' runner, tested: the dev set (test/conversations/dev.jsonl) passes
 * through the real bot, and the runner names each kind of failure when a conversation's end is
 * not what was expected.
 */
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import {
  ConversationPlayer,
  conversationTable,
  loadConversationFiles,
  parseConversations,
  type ConversationCase,
} from '../helpers/conversationEval';
import { WEDNESDAY_11 } from '../helpers/guideHarness';

const player = ConversationPlayer.load(WEDNESDAY_11);
afterAll(() => {
  player.close();
});

const dev =
  loadConversationFiles(join(projectRoot, 'test', 'conversations')).find(
    (f) => f.file === 'dev.jsonl',
  )?.cases ?? [];
const byId = (id: string): ConversationCase => {
  const found = dev.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no dev conversation ${id}`);
  return found;
};

describe('the dev set', () => {
  it('has about ten conversations per language, text and voice', () => {
    for (const lang of ['sv', 'en', 'uk'] as const) {
      const mine = dev.filter((c) => c.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(10);
      expect(new Set(mine.map((c) => c.channel))).toEqual(new Set(['text', 'voice']));
    }
  });

  it.each(dev.map((c) => [c.id, c] as const))('%s ends as expected', async (_id, c) => {
    const outcome = await player.play(c);
    expect({ id: c.id, failures: outcome.failures, transcript: outcome.transcript }).toEqual({
      id: c.id,
      failures: [],
      transcript: outcome.transcript,
    });
  });
});

describe('the runner names what went wrong', () => {
  it('a different body, place, language or person request each fail by their kind', async () => {
    const parental = byId('sv-parental-offer-place');
    const wrong = await Promise.all([
      player.play({ ...parental, expect: { ...parental.expect, body: 'csn' } }),
      player.play({ ...parental, expect: { ...parental.expect, place: 'Kiruna' } }),
      player.play({ ...parental, expect: { ...parental.expect, language: 'uk' } }),
      player.play({ ...parental, expect: { ...parental.expect, person: true } }),
      player.play({ ...parental, expect: { ...parental.expect, place: null } }),
    ]);
    expect(wrong.map((o) => o.failures)).toEqual([
      ['body'],
      ['place'],
      ['language'],
      ['person'],
      ['place'],
    ]);
  });

  it('a place nearby is the same place for the office list; the bot’s offices are reported', async () => {
    const parental = byId('sv-parental-offer-place');
    const outcome = await player.play(parental);
    expect(outcome.got.offices.length).toBeGreaterThan(0);
    expect(outcome.got.placeOffKm).toBeLessThan(3);
  });

  it('a place said for a body no service office serves needs no office list; for one that has offices it does', async () => {
    const say = (turns: string[], body: 'lantmateriet' | 'region' | 'forsakringskassan') =>
      player.play({
        id: `no-office-${body}`,
        lang: 'sv',
        channel: 'text',
        turns,
        expect: { body, place: 'Växjö' },
        source: 'test',
      });
    const noList = await Promise.all([
      say(['vi bor i Växjö och har köpt ett hus, hur söker man lagfart?'], 'lantmateriet'),
      say(['jag bor i Växjö, hur får man frikort i vården?'], 'region'),
    ]);
    expect(noList.map((o) => [o.got.body, o.got.offices, o.failures])).toEqual([
      ['lantmateriet', [], []],
      ['region', [], []],
    ]);
    // Försäkringskassan is served by the service offices: no list for Växjö is a wrong place.
    const parental = await say(['hur söker man föräldrapenning?', 'nej tack'], 'forsakringskassan');
    expect([parental.got.body, parental.got.offices, parental.failures]).toEqual([
      'forsakringskassan',
      [],
      ['place'],
    ]);
  });

  it('prints passed / total per language and the failures by kind', async () => {
    const c = byId('en-joke');
    const outcomes = [
      await player.play(c),
      await player.play({ ...c, expect: { ...c.expect, body: 'polisen' } }),
    ];
    expect(conversationTable(outcomes)).toEqual([
      '| language | passed | wrong body | wrong place | wrong language | wrong person |',
      '|---|---|---|---|---|---|',
      '| en | 1 / 2 | 1 | 0 | 0 | 0 |',
      '| all | 1 / 2 | 1 | 0 | 0 | 0 |',
    ]);
  });

  it('rejects a bad line with its file and line number', () => {
    const good = JSON.stringify({
      id: 'a',
      lang: 'sv',
      channel: 'text',
      turns: ['hej'],
      expect: { body: null, place: null },
    });
    expect(parseConversations(`${good}\n\n`, 'x.jsonl')).toHaveLength(1);
    expect(() => parseConversations(`${good}\n{"id":"b","lang":"de"}\n`, 'x.jsonl')).toThrow(
      /x\.jsonl:2: /,
    );
    expect(() => parseConversations('not json', 'y.jsonl')).toThrow(/y\.jsonl:1: not JSON/);
    expect(() =>
      parseConversations(good.replace('"body":null', '"body":"nasa"'), 'z.jsonl'),
    ).toThrow(/z\.jsonl:1: expect\.body/);
  });
});
