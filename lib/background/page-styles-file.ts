/** The highlight stylesheet's file in the extension (built from lib/page/highlight.css by wxt.config.ts). */
export const HIGHLIGHT_CSS_FILE = 'content-script.css';
