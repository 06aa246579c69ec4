// Highlight styles for open shadow roots. Chromium lets a shadow tree's ::highlight() inherit from its host, so
// the document's stylesheet (inserted by the background) reaches it; Firefox does not yet (WPT
// highlight-cascade-shadow-boundary), so there each shadow root we highlight in adopts the same rules. A
// constructed sheet is no node and no attribute: the page's DOM and its mutation observers see nothing, and
// switching off takes it back out.
import css from './highlight.css?inline';

let sheet: CSSStyleSheet | null = null;
const styled = new Set<ShadowRoot>();

export const shadowRootsNeedStyles: boolean = import.meta.env.BROWSER === 'firefox';

export function styleShadowRoot(root: ShadowRoot): void {
  if (!shadowRootsNeedStyles || styled.has(root)) return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
  } catch {
    // Unstyled highlights in one component beat an error in the page.
  }
}

/** Take our sheet back out of every shadow root (highlighting switched off). */
export function unstyleShadowRoots(): void {
  for (const root of styled) {
    try {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page may have replaced or frozen its sheets; nothing of ours is left to remove then.
    }
  }
  styled.clear();
}
