// The ids of entities only the reader's articles know. A module of its own because the background asks it on every
// briefing, while link.ts (which makes these ids) is loaded only once the reader has added an article.
export const USER_ID_PREFIX = 'user-';

/** Is this the id of an entity only the reader's articles know? */
export const isUserOnlyId = (id: string) => id.startsWith(USER_ID_PREFIX);
