/** The bot's state, typed: what a conversation and a user remember between turns. */
import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { LanguageMemory } from '../language/languageDecider';
import type { AgencyId } from '../agencies/agencyIds';
import type { GeoPoint } from '../geo';
import type { Lang } from '../languages';
import type { OfficeList } from '../offices/officeList';

/** Characters of a person's own text that state keeps at most (state must stay small: see NodeCacheStorage). */
export const MAX_KEPT_TEXT = 80;

/**
 * A person's own words as state may keep them: at most MAX_KEPT_TEXT characters (whole code
 * points), with an ellipsis when cut. A message may be thousands of characters long, and a prompt
 * keeps its question (with the words it quotes) in dialog state until it is answered.
 */
export function keptText(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_KEPT_TEXT ? text : `${chars.slice(0, MAX_KEPT_TEXT - 1).join('')}…`;
}

/** What one conversation remembers. Later flows add their context here. */
export interface ConversationData {
  language?: LanguageMemory;
  /** The welcome has been sent. */
  welcomed?: boolean;
  /** Messages in a row the bot could not place; after two it gives the general number. */
  misses?: number;
  /** The body the conversation is about. */
  lastAgency?: AgencyId;
  /** The topic of the guide for people from Ukraine last answered: asked again, it is said in full. */
  lastUkraineTopic?: string;
  /** Where the person is, once known. */
  place?: KnownPlace;
  /** The office list last shown, for "more", "the second one" and "open on Saturday?". */
  offices?: OfficeList;
  /**
   * What the bot's last question waits for: a place, the answer to "shall I find the nearest
   * office?", another yes/no, a choice (a keypad reads digits as a postal code while this is 'place').
   */
  awaiting?: 'place' | 'offer' | 'yesNo' | 'choice';
  /** The bodies the open "Is it one of these?" offers (while `awaiting` is 'choice'). */
  choices?: AgencyId[];
  /** The bot's last reply said that a call transfer failed ("what do I do now?" gets the next step). */
  transferFailed?: boolean;
  /**
   * The person said they are not a Swedish citizen (`ukrainian`: from Ukraine), so a passport
   * question later in the conversation is not sent to Polisen.
   */
  notCitizen?: 'ukrainian' | 'other';
  /**
   * The bot's last reply was the emergency line (call 112): a place said next ("we're in Tensta") is
   * where the danger is, not a wish for an office list, so the line is said again.
   */
  afterEmergency?: boolean;
  /**
   * A day the person asked about before any office list ("are they open on Saturday?" with the
   * matter or the place): the next office list answers it too (`YYYY-MM-DD`).
   */
  askedDay?: string;
  /** The replies of the bot's last turn, for "repeat" (text and speech as sent). */
  lastReplies?: SentReply[];
  /** The kinds of the Answers of the bot's last turn: after a language change the last answer again. */
  lastKinds?: string[];
}

/** A reply as it was sent: enough to say it again. */
export interface SentReply {
  text?: string;
  speak?: string;
  inputHint?: string;
}

/** A place the person gave, with its point. */
export interface KnownPlace {
  name: string;
  municipality: string;
  point: GeoPoint;
  /** What kind of place it is, so a reply can name it behind a noun ("у районі Kista"). */
  kind?: 'district' | 'locality' | 'municipality';
  /** The person's own spelling, when it is Cyrillic: replies keep it. */
  written?: string;
  /** Other places of the name, when the name alone did not settle it: offered with the next office list. */
  others?: { name: string; municipality: string }[];
}

/** What the bot remembers about a user across conversations. */
export interface UserProfile {
  lang?: Lang;
}

/** Typed accessors over ConversationState and UserState, created once at start. */
export class GuideState {
  readonly conversationData: StatePropertyAccessor<ConversationData>;
  readonly userProfile: StatePropertyAccessor<UserProfile>;
  readonly dialogState: StatePropertyAccessor;

  constructor(
    readonly conversationState: BotState,
    readonly userState: BotState,
  ) {
    this.conversationData = conversationState.createProperty<ConversationData>('conversationData');
    this.userProfile = userState.createProperty<UserProfile>('userProfile');
    this.dialogState = conversationState.createProperty('dialogState');
  }

  /** Saves both states; called once at the end of every turn. */
  async save(context: TurnContext): Promise<void> {
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** Forgets the conversation (after an error, or "start over"), keeping the user's language. */
  async clearConversation(context: TurnContext): Promise<void> {
    await this.conversationState.delete(context);
  }
}
