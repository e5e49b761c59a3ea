import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import {
  hangUp,
  isHangUp,
  readTransferOutcome,
  toE164,
  transferCall,
  transferNumber,
} from '../../../src/render/speech/handoff';
import { catalogue } from './speechFixtures';

describe('toE164', () => {
  it.each([
    ['0771-524 524', '+46771524524'],
    ['0771-73 73 00', '+46771737300'],
    ['08-564 851 60', '+46856485160'],
    ['+46 8 564 851 60', '+46856485160'],
    ['+46 (0)498 200 700', '+46498200700'],
    ['0046 771 524 524', '+46771524524'],
    ['+1 425 123 1234', '+14251231234'],
  ])('%s → %s', (phone, e164) => {
    expect(toE164(phone)).toBe(e164);
  });

  it.each(['112', '1177', '114 14', '', 'ring oss', '0771'])('%s has no E.164 form', (phone) => {
    expect(toE164(phone)).toBeUndefined();
  });

  it('agrees with every E.164 number the catalogue states', () => {
    for (const id of catalogue.ids()) {
      for (const phone of catalogue.phones(id)) {
        expect({ id, e164: toE164(phone.dial) ?? null }).toEqual({ id, e164: phone.e164 });
      }
    }
  });
});

describe('transferNumber', () => {
  it.each([
    ['forsakringskassan', '+46771524524'],
    ['migrationsverket', '+46771235235'],
    ['skatteverket', '+46771567567'],
    ['region', undefined],
    ['emergency', undefined],
    ['kommun', undefined],
  ] as const)('%s → %s', (agency, e164) => {
    expect(transferNumber(catalogue, agency)).toBe(e164);
  });
});

describe('call transfer events', () => {
  const incoming: Partial<Activity> = {
    type: ActivityTypes.Message,
    id: 'a1',
    text: 'prata med en person',
    channelId: 'telephony',
    serviceUrl: 'https://telephony.example',
    from: { id: '+46700000000', name: 'caller' },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: 'call-1', isGroup: false, name: '', conversationType: 'personal' },
  };

  it('asks the channel to transfer to the number, as botbuilder writes a handoff', () => {
    const context = new TurnContext(new TestAdapter(), incoming);
    const event = transferCall(context, '+46771235235');
    expect(event).toMatchObject({
      type: 'event',
      name: 'handoff.initiate',
      value: { TargetPhoneNumber: '+46771235235' },
      channelId: 'telephony',
      conversation: { id: 'call-1' },
      replyToId: 'a1',
    });
  });

  it('refuses a number that is not E.164', () => {
    const context = new TurnContext(new TestAdapter(), incoming);
    expect(() => transferCall(context, '0771-235 235')).toThrow(/E\.164/);
  });

  it.each([
    [{ state: 'accepted' }, { state: 'accepted' }],
    [{ state: 'completed' }, { state: 'completed' }],
    [
      { state: 'failed', message: 'busy' },
      { state: 'failed', message: 'busy' },
    ],
    [{ state: 'Failed' }, { state: 'failed' }],
    ['{"state":"failed","message":"no answer"}', { state: 'failed', message: 'no answer' }],
  ])('reads the outcome %o', (value, outcome) => {
    expect(readTransferOutcome({ type: 'event', name: 'handoff.status', value })).toEqual(outcome);
  });

  it.each([
    { type: 'event', name: 'handoff.status', value: { state: 'ringing' } },
    { type: 'event', name: 'handoff.status', value: 'not json' },
    { type: 'event', name: 'setLanguage', value: { state: 'accepted' } },
    { type: 'message', text: 'accepted' },
  ] as Partial<Activity>[])('ignores %o', (activity) => {
    expect(readTransferOutcome(activity)).toBeUndefined();
  });
});

describe('hanging up', () => {
  it('the bot ends the call with endOfConversation', () => {
    expect(hangUp()).toEqual({ type: 'endOfConversation', code: 'completedSuccessfully' });
  });

  it('knows when the caller hung up', () => {
    expect(isHangUp({ type: 'endOfConversation' })).toBe(true);
    expect(isHangUp({ type: 'message', text: 'hej då' })).toBe(false);
  });
});
