/** The Adaptive Card of an office list: the same facts as the text reply, laid out for a screen. */
import type { Attachment } from 'botbuilder';

/** One office's facts in words, already in the reply's language; text and card both read these. */
export interface OfficeFacts {
  name: string;
  /** "3,2 km" */
  distance: string;
  /** The address, or where the office is when the street is not known. */
  where: string;
  /** Open now, next opening, or that the hours are not known (left out when no office's are). */
  open?: string;
  /** Today's hours, when known. */
  today?: string;
  /** A closing date or a "check before you go". */
  caveats: string[];
  /** "closing", said next to the name. */
  badge?: string;
  /** A route to the office, only when its position is its address. */
  directionsUrl?: string;
  /** Otherwise a map of the area the office is in, labelled as such. */
  mapUrl?: string;
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

const block = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/**
 * An Adaptive Card (1.5) listing offices nearest first. Every fact is also in the card's
 * fallback text (the reply's full text), so a channel without cards or a voice gateway loses
 * nothing; where the card is shown, the card itself is what a screen reader reads.
 */
export function officeListCard(options: {
  title: string;
  /** Lines about the list as a whole (where to book, how far the nearest is). */
  notes: string[];
  offices: OfficeFacts[];
  footer: string;
  directionsLabel: string;
  mapLabel: string;
  locale: string;
  fallbackText: string;
}): Attachment {
  const body: unknown[] = [
    block(options.title, { weight: 'Bolder', size: 'Medium' }),
    ...options.notes.map((note) => block(note, { spacing: 'Small' })),
  ];
  for (const o of options.offices) {
    const items: unknown[] = [
      block(o.badge === undefined ? o.name : `${o.name} (${o.badge})`, { weight: 'Bolder' }),
      block(`${o.distance} · ${o.where}`, { spacing: 'None' }),
    ];
    if (o.open !== undefined) items.push(block(o.open, { spacing: 'Small' }));
    if (o.today !== undefined) items.push(block(o.today, { spacing: 'None' }));
    for (const caveat of o.caveats) items.push(block(caveat, { spacing: 'Small', isSubtle: true }));
    const link =
      o.directionsUrl !== undefined
        ? { label: options.directionsLabel, url: o.directionsUrl }
        : o.mapUrl !== undefined
          ? { label: options.mapLabel, url: o.mapUrl }
          : undefined;
    if (link !== undefined) {
      items.push({
        type: 'ActionSet',
        actions: [{ type: 'Action.OpenUrl', title: `${link.label}: ${o.name}`, url: link.url }],
      });
    }
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items });
  }
  body.push(block(options.footer, { isSubtle: true, size: 'Small', separator: true }));
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      lang: options.locale,
      fallbackText: options.fallbackText,
      body,
    },
  };
}
