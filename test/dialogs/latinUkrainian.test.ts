/** Ukrainian typed in Latin letters, as the first message of a conversation: answered in Ukrainian. */
import { TestConversation } from '../helpers/guideHarness';

describe('Latin-typed Ukrainian', () => {
  it.each([
    ['pryvit, ya hochu znajty robotu', 'arbetsformedlingen'],
    ['dobryi den, ya vtratyla robotu', 'arbetsformedlingen'],
  ])('%s → a Ukrainian answer naming %s', async (text, body) => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    const [answer] = await conversation.say(text);
    expect(answer?.locale).toBe('uk-UA');
    expect(answer?.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ identifier: body })]),
    );
    conversation.guide.close();
  });
});
