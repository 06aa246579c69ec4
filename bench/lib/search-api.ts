// What the bench asks of search, as the popup asks it.

/** Results per group, as the popup asks for them (components/popup/use-search.ts RESULT_LIMIT). */
export const POPUP_LIMIT = 8;
