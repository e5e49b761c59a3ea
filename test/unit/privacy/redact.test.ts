import { redact } from '../../../src/privacy/redact';

describe('redact', () => {
  it.each([
    [
      'mitt personnummer är 19900101-1234',
      'mitt personnummer är [personnummer]',
      'personalNumbers',
    ],
    ['pnr 900101-1234 tack', 'pnr [personnummer] tack', 'personalNumbers'],
    ['samordningsnummer 701063-2391', 'samordningsnummer [personnummer]', 'personalNumbers'],
    ['ring mig på 070-123 45 67', 'ring mig på [phone]', 'phones'],
    ['call +46 70 123 45 67 please', 'call [phone] please', 'phones'],
    ['мій номер +380 67 123 4567', 'мій номер [phone]', 'phones'],
    ['mail anna.svensson@example.se', 'mail [e-mail]', 'emails'],
  ] as const)('%s', (input, output, counter) => {
    const result = redact(input);
    expect(result.text).toBe(output);
    expect(result[counter]).toBe(1);
  });

  it.each(['412 63', 'SE-412 63', 'Jag bor i Kiruna', '0771-451 000 är numret', '2026-11-25'])(
    'keeps %s that is not personal (postal codes, dates, public numbers aside from length)',
    (input) => {
      const result = redact(input);
      expect(result.personalNumbers).toBe(0);
      expect(result.emails).toBe(0);
    },
  );
});
