/** The neural voice each language speaks with, configurable per deployment. */
import type { Lang } from '../../languages';

/** A text-to-speech voice name per language, e.g. `sv-SE-SofieNeural`. */
export type VoiceSettings = Readonly<Record<Lang, string>>;

/** Azure neural voices of the three reply locales (sv-SE, en-GB, uk-UA). */
export const DEFAULT_VOICES: VoiceSettings = {
  sv: 'sv-SE-SofieNeural',
  en: 'en-GB-SoniaNeural',
  uk: 'uk-UA-PolinaNeural',
};
