import type { Activity } from 'botbuilder';
import { readKeypad } from '../../../src/channels/telephony/dtmf';
import { SpokenNumbers } from '../../../src/channels/telephony/spokenNumbers';

const numbers = SpokenNumbers.load();

describe('readKeypad', () => {
  it.each([
    [
      'the telephony channel: text and a DTMF entity',
      { text: '1', entities: [{ type: 'DTMF' }] },
      '1',
    ],
    ['# and *', { text: '#', entities: [{ type: 'DTMF' }] }, '#'],
    ['the key only in the entity value', { entities: [{ type: 'DTMF', value: '7' }] }, '7'],
    ['a digit field', { text: '', entities: [{ type: 'dtmf', digit: 4 }] }, '4'],
    ['a tone name', { entities: [{ type: 'DTMF', tone: 'pound' }] }, '#'],
    ['a Tone-prefixed name', { entities: [{ type: 'Dtmf', tone: 'Tone5' }] }, '5'],
    ['a word', { entities: [{ type: 'DTMF', value: 'three' }] }, '3'],
    ['several keys at once', { text: '41263', entities: [{ type: 'DTMF' }] }, '41263'],
    [
      'beside other entities',
      { text: '2', entities: [{ type: 'ClientCapabilities' }, { type: 'DTMF' }] },
      '2',
    ],
  ] as [string, Partial<Activity>, string][])('%s', (_, activity, keys) => {
    expect(readKeypad({ type: 'message', ...activity })).toBe(keys);
  });

  it.each([
    ['speech that is a digit', { type: 'message', text: '1' }],
    ['speech with other entities', { type: 'message', text: '2', entities: [{ type: 'Place' }] }],
    ['an event', { type: 'event', name: 'x', entities: [{ type: 'DTMF', value: '1' }] }],
    ['a DTMF entity without a key', { type: 'message', text: 'hej', entities: [{ type: 'DTMF' }] }],
  ] as [string, Partial<Activity>][])('%s is not keypad input', (_, activity) => {
    expect(readKeypad(activity)).toBeUndefined();
  });
});

describe('SpokenNumbers', () => {
  it.each([
    ['fyra ett två sex tre', '41263'],
    ['fyrahundratolv sextiotre', '41263'],
    ['fyra hundra tolv sextio tre', '41263'],
    ['postnummer fyra ett två sex tre tack', 'postnummer 41263 tack'],
    ['noll sju sju ett', '0771'],
    ['four one two six three', '41263'],
    ['four hundred and twelve sixty-three', '41263'],
    ['my postcode is four one two, six three', 'my postcode is 41263'],
    ['чотири один два шість три', '41263'],
    ['чотириста дванадцять шістдесят три', '41263'],
    ["п'ять вісім дев'ять", '589'],
    ['412 sextiotre', '41263'],
  ])('%s → %s', (spoken, written) => {
    expect(numbers.normalize(spoken)).toBe(written);
  });

  it.each([
    ['två', '2'],
    ['Tre.', '3'],
    ['one', '1'],
    ['два', '2'],
  ])('a message that is one number word is that number: %s → %s', (spoken, written) => {
    expect(numbers.normalize(spoken)).toBe(written);
  });

  it.each([
    'Jag har fått två barn',
    'Jag har en fråga',
    'I have one question about two forms',
    'У мене двоє дітей і одна дитина',
    'Kista',
    '2',
    '412 63',
    '',
  ])('leaves "%s" as it is', (text) => {
    const out = numbers.normalize(text);
    expect(out === text || out.replace(/\s/g, '') === text.replace(/\s/g, '')).toBe(true);
  });
});
