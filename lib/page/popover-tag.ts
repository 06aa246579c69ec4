/** The popover's host element name: the one node Backgrounder adds to a page, and only while it is open. */
export const POPOVER_TAG = 'backgrounder-popover';
