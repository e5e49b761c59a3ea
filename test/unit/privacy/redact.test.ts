import Personnummer from 'personnummer';
import { isClean, redact, redactText } from '../../../src/privacy/redact';

/** The Luhn check digit of a personal number's nine digits (YYMMDDNNN). */
function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${nine}${(10 - (sum % 10)) % 10}`;
}

/** A valid number and the same number with a wrong check digit. */
function numbers(nine: string): { valid: string; wrong: string } {
  const valid = withCheckDigit(nine);
  const wrong = `${nine}${(Number(valid[9]) + 1) % 10}`;
  return { valid, wrong };
}

const person = numbers('900101001'); // 1990-01-01
const coordination = numbers('900161001'); // day 01 + 60
const longFormat = numbers('120315123'); // 2012-03-15, written with the century

describe('redact', () => {
  it('the fixtures are what the personnummer library says they are', () => {
    expect(Personnummer.valid(person.valid)).toBe(true);
    expect(Personnummer.valid(person.wrong)).toBe(false);
    expect(Personnummer.parse(coordination.valid).isCoordinationNumber()).toBe(true);
  });

  it.each([
    ['YYMMDD-NNNN', `mitt personnummer är ${person.valid.slice(0, 6)}-${person.valid.slice(6)}`],
    ['YYYYMMDD-NNNN', `pnr 19${person.valid.slice(0, 6)}-${person.valid.slice(6)} tack`],
    ['YYYYMMDDNNNN', `my number is 20${longFormat.valid}`],
    ['YYMMDDNNNN', `номер ${person.valid}`],
    ['YYMMDD NNNN', `nummer ${person.valid.slice(0, 6)} ${person.valid.slice(6)}`],
    ['YYMMDD+NNNN (100 years or older)', `${person.valid.slice(0, 6)}+${person.valid.slice(6)}`],
    ['glued to a word', `pnr:${person.valid}`],
  ])('removes a valid personal number written %s', (_format, input) => {
    const result = redact(input);
    expect(result.personalNumbers).toBe(1);
    expect(result.verifiedPersonalNumbers).toBe(1);
    expect(result.coordinationNumbers).toBe(0);
    expect(result.text).toContain('[personnummer]');
    expect(result.text).not.toMatch(/\d{4}/);
  });

  it('recognises a coordination number (day + 60) as one', () => {
    const result = redact(
      `samordningsnummer ${coordination.valid.slice(0, 6)}-${coordination.valid.slice(6)}`,
    );
    expect(result).toMatchObject({
      text: 'samordningsnummer [personnummer]',
      personalNumbers: 1,
      verifiedPersonalNumbers: 1,
      coordinationNumbers: 1,
    });
  });

  it('still removes a look-alike with a wrong check digit (a mistyped real number), unverified', () => {
    const result = redact(`pnr ${person.wrong.slice(0, 6)}-${person.wrong.slice(6)} tack`);
    expect(result).toMatchObject({
      text: 'pnr [personnummer] tack',
      personalNumbers: 1,
      verifiedPersonalNumbers: 0,
    });
    const coord = redact(`${coordination.wrong.slice(0, 6)}-${coordination.wrong.slice(6)}`);
    expect(coord).toMatchObject({
      text: '[personnummer]',
      verifiedPersonalNumbers: 0,
      coordinationNumbers: 0,
    });
  });

  it.each([
    ['ring mig på 070-123 45 67', 'ring mig på [phone]'],
    ['call +46 70 123 45 67 please', 'call [phone] please'],
    ['мій номер +380 67 123 4567', 'мій номер [phone]'],
    ['tel 0046-8-123 456 78', 'tel [phone]'],
  ])('removes the phone number in %j', (input, output) => {
    const result = redact(input);
    expect(result.text).toBe(output);
    expect(result.phones).toBe(1);
  });

  it('removes a ten-digit mobile number written without spaces, whatever it looks like', () => {
    expect(redactText('nå mig på 0701234567')).not.toMatch(/\d{5}/);
  });

  it.each([
    ['mail anna.svensson@example.se', 'mail [e-mail]'],
    ['пишіть на олена@приклад.укр', 'пишіть на [e-mail]'],
    ['FIRST.last+bot@sub.example.co.uk!', '[e-mail]!'],
  ])('removes the e-mail address in %j', (input, output) => {
    const result = redact(input);
    expect(result.text).toBe(output);
    expect(result.emails).toBe(1);
  });

  it('removes everything in one message and counts each', () => {
    const result = redact(
      `Jag ${person.valid}, ring 070-123 45 67 eller mejla a@b.se, samordning ${coordination.valid}`,
    );
    expect(result).toMatchObject({
      personalNumbers: 2,
      verifiedPersonalNumbers: 2,
      coordinationNumbers: 1,
      phones: 1,
      emails: 1,
    });
    expect(isClean(result.text)).toBe(true);
  });

  it.each([
    '412 63',
    'SE-412 63',
    'Jag bor i Kiruna',
    '2026-11-25',
    'öppet 09:00-16:00',
    'år 2024',
    'Я живу в Кіруні',
  ])('keeps %j, which is not personal', (input) => {
    const result = redact(input);
    expect(result.text).toBe(input);
    expect(isClean(input)).toBe(true);
  });

  it('does not read an impossible date as a personal number', () => {
    // Month 13 and day 45 cannot be a personal or coordination number; the long digit run is
    // still removed as a phone-like number.
    const result = redact('ärende 901345-1234');
    expect(result.personalNumbers).toBe(0);
    expect(result.text).toBe('ärende [phone]');
  });

  it('reads a message as long as the body limit allows in one pass (no backtracking blow-up)', () => {
    // With the e-mail pattern unanchored, this took over half a minute and blocked the server.
    const long = `${'a'.repeat(150_000)} ${'1'.repeat(150_000)}`;
    const result = redact(long);
    expect(result.emails + result.personalNumbers).toBe(0);
    expect(result.phones).toBe(0);
  });
});
