/** The bot's state, typed: what a conversation and a user remember between turns. */
import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { LanguageMemory } from '../language/languageDecider';
import type { AgencyId } from '../agencies/agencyIds';
import type { GeoPoint } from '../geo';
import type { Lang } from '../languages';

/** What one conversation remembers. Later flows add their context here. */
export interface ConversationData {
  language?: LanguageMemory;
  /** The welcome has been sent. */
  welcomed?: boolean;
  /** Messages in a row the bot could not place; after two it gives the general number. */
  misses?: number;
  /** The body the conversation is about. */
  lastAgency?: AgencyId;
  /** Where the person is, once known. */
  place?: KnownPlace;
  /** The office list last shown, for "more", "the second one" and "open on Saturday?". */
  offices?: OfficeList;
  /** What the bot's last question waits for (a keypad reads digits as a postal code while this is 'place'). */
  awaiting?: 'place' | 'choice' | 'yesNo';
}

/** Offices shown near the known place, by id, nearest first. */
export interface OfficeList {
  /** The body the list was filtered to, if any. */
  agency?: AgencyId;
  /** Every office shown so far. */
  shown: string[];
  /** The offices of the last reply: what "the second one" counts in. */
  page: string[];
}

/** A place the person gave, with its point. */
export interface KnownPlace {
  name: string;
  municipality: string;
  point: GeoPoint;
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
    readonly conversationState: ConversationState,
    readonly userState: UserState,
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
