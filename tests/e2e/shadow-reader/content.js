// Test-only extension, installed beside Backgrounder by the e2e harness: it lets a test read and click inside
// the product's CLOSED shadow root, which pages cannot do. Extensions can: Chromium through
// chrome.dom.openOrClosedShadowRoot, Firefox through element.openOrClosedShadowRoot.
(() => {
  const rootOf = (el) => {
    if (globalThis.chrome?.dom?.openOrClosedShadowRoot) return chrome.dom.openOrClosedShadowRoot(el);
    return el.openOrClosedShadowRoot ?? null;
  };
  const visibleText = (node) => {
    let out = '';
    const walk = (n) => {
      if (n.nodeType === 3) out += n.data;
      else if ((n.nodeType === 1 || n.nodeType === 11) && !['STYLE', 'SCRIPT'].includes(n.nodeName)) {
        for (const c of n.childNodes) walk(c);
        if (/^(P|DIV|LI|H\d|BLOCKQUOTE|SECTION|HEADER|FOOTER|BUTTON|A)$/.test(n.nodeName)) out += '\n';
      }
    };
    walk(node);
    return out
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*/g, '\n')
      .trim();
  };
  const run = ({ cmd, host, selector }) => {
    const el = document.querySelector(host);
    if (!el) return { found: false };
    const root = rootOf(el);
    if (!root) return { found: true, open: false };
    const target = selector ? root.querySelector(selector) : root;
    switch (cmd) {
      case 'text':
        return { found: true, text: target ? visibleText(target) : null };
      case 'click':
        if (!target) return { found: true, clicked: false };
        target.click();
        return { found: true, clicked: true };
      case 'rect': {
        if (!target) return { found: true, rect: null };
        const r = (target === root ? el : target).getBoundingClientRect();
        return { found: true, rect: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }
      case 'focus': {
        const a = root.activeElement;
        return {
          found: true,
          focused: a ? { tag: a.tagName, label: a.getAttribute('aria-label'), text: a.textContent } : null,
        };
      }
      // Markup and styles of the closed root, so axe-core can check a copy in an open context (popover suite).
      case 'html':
        return { found: true, html: target ? target.innerHTML : null };
      case 'count':
        return { found: true, count: selector ? root.querySelectorAll(selector).length : 0 };
      default:
        return { error: `unknown command ${cmd}` };
    }
  };
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window || !data || data.__bgTest !== 'request') return;
    let result;
    try {
      result = run(data);
    } catch (error) {
      result = { error: String(error) };
    }
    window.postMessage({ __bgTest: 'response', id: data.id, result }, '*');
  });
})();
