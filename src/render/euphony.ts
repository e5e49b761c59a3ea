/**
 * Ukrainian euphony (милозвучність) of the preposition у / в, as the orthography sets it out:
 * "у" between consonants, at the start of a sentence before a consonant, and before в, ф and a
 * consonant followed by в (льв, св, тв, хв, зв, шв, кв …); "в" before a vowel and after a vowel before a consonant. Templates
 * insert names and days, so the right form is only known once the sentence is whole
 * ("У Умео" → "В Умео", "години роботи у суботу" → "години роботи в суботу").
 */

const VOWELS = /[аеєиіїоуюяaeiouyåäöéАЕЄИІЇОУЮЯAEIOUYÅÄÖÉ]/u;
/**
 * Before these, always "у": в and ф ("у Вінниці", "у фонді") and a consonant before в ("у Львові",
 * "у свою чергу", "у Швеції", "у квітні").
 */
const ALWAYS_U = /^(?:[вф]|(?:ль|[бгґджзклмнпрстхцчшщ])в)/iu;
const PREPOSITION = /(?<![\p{L}\p{N}ʼ'-])([уУвВ])(?= +([\p{L}\p{N}«"(]+))/gu;

/** The sentence with every preposition у / в in the form its neighbours call for. */
export function ukEuphony(text: string): string {
  return text.replace(PREPOSITION, (found: string, _p: string, next: string, at: number) => {
    const upper = found === found.toUpperCase();
    const word = next.replace(/^[«"(]+/u, '');
    const before = text.slice(0, at).trimEnd();
    const prev = before.at(-1) ?? '';
    let form: 'у' | 'в';
    if (ALWAYS_U.test(word)) form = 'у';
    else if (VOWELS.test(word.charAt(0))) form = 'в';
    else form = VOWELS.test(prev) ? 'в' : 'у';
    return upper ? form.toUpperCase() : form;
  });
}
