// A Swedish name and its Ukrainian spellings, as heard or letter by letter, share a sound key.
import { soundKeyOfRomanized, soundKeysOfName } from '../../../src/places/soundKey';
import { foldCyrillicName, romanizeName } from '../../../src/text/folding';

const ofCyrillic = (text: string): string =>
  soundKeyOfRomanized(romanizeName(foldCyrillicName(text.toLowerCase())));

it.each([
  ['Skärholmen', 'Шерхольмен'],
  ['Hjällbo', 'Єльбу'],
  ['Örby', 'Ербю'],
  ['Råcksta', 'Роккста'],
  ['Kista', 'Кіста'],
  ['Göteborg', 'Йотеборг'],
  ['Göteborg', 'Гетеборг'],
  ['Fittja', 'Фітча'],
  // The tj-sound of k before a front vowel, heard as ш as often as ч.
  ['Kärrtorp', 'Шерторп'],
  ['Köping', 'Шепінг'],
  ['Kista', 'Шіста'],
])('%s and %s', (name, cyrillic) => {
  expect(soundKeysOfName(name)).toContain(ofCyrillic(cyrillic));
});

it('keeps names apart that sound apart', () => {
  expect(soundKeysOfName('Tensta')).not.toContain(ofCyrillic('Рінкебю'));
});

it('hears c as k except before a front vowel, as English spellings write it', () => {
  expect(soundKeyOfRomanized('yakobsberg')).toBe(soundKeyOfRomanized('yacobsberg'));
  expect(soundKeysOfName('Jakobsberg')).toContain(soundKeyOfRomanized('yacobsberg'));
  expect(soundKeyOfRomanized('cecilia')).toBe(soundKeyOfRomanized('sesilia'));
});
