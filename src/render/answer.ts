/** Answers: what a dialog decided to say, as plain data. The renderer turns them into words. */

/** One answer of the bot. Later flows add kinds here. */
export type Answer =
  | { kind: 'welcome' }
  | { kind: 'help' }
  | { kind: 'languageChanged' }
  | { kind: 'startedOver' }
  | { kind: 'cannotTellYet' }
  | { kind: 'tooLong'; maxLength: number }
  | { kind: 'error' };

export type AnswerKind = Answer['kind'];
