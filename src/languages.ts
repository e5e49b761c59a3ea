/** The three languages of the bot, as short codes and as the locales replies carry. */

export const LANGS = ['sv', 'en', 'uk'] as const;
/** A language of the bot: Swedish, English or Ukrainian. */
export type Lang = (typeof LANGS)[number];

/** The locale a reply carries for each language (CONTRACT.md "Languages"). */
export const REPLY_LOCALE: Readonly<Record<Lang, string>> = {
  sv: 'sv-SE',
  en: 'en-GB',
  uk: 'uk-UA',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
