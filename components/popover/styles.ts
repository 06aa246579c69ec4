// The popover's stylesheet, injected into its closed shadow root. Sizes in px: page `rem` and fonts must not
// leak in. The root resets everything (`all: initial`) and sets its own font and colours.
export const POPOVER_CSS = `
.root {
  all: initial;
  --bg: #ffffff;
  --fg: #1b1b1f;
  --muted: #545661;
  --rule: #d9dae0;
  --accent: #0b57d0;
  --accent-fg: #ffffff;
  --quote-bar: #9aa0ae;
  --shadow: 0 6px 24px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
}
@media (prefers-color-scheme: dark) {
  .root {
    --bg: #1f2127;
    --fg: #eceef3;
    --muted: #b3b7c2;
    --rule: #3a3d47;
    --accent: #8ab4f8;
    --accent-fg: #0d1b33;
    --quote-bar: #6b7180;
    --shadow: 0 6px 24px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  }
}
.floating {
  position: fixed;
  inset: 0 auto auto 0;
  margin: 0;
  padding: 0;
  border: 0;
  overflow: visible;
  background: transparent;
  z-index: 2147483647;
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  visibility: hidden;
}
.floating.placed {
  visibility: visible;
}
.dialog {
  box-sizing: border-box;
  position: relative;
  display: flex;
  flex-direction: column;
  max-height: inherit;
  width: 100%;
  overflow: hidden;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--rule);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font: 400 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-indent: 0;
  white-space: normal;
  overflow-wrap: anywhere;
  direction: ltr;
  cursor: auto;
}
.dialog:focus {
  outline: none;
}
.dialog:focus-visible {
  outline: 2px solid var(--accent);
  outline-offset: 2px;
}
@media (prefers-reduced-motion: no-preference) {
  .floating.placed .dialog {
    animation: bg-popover-in 90ms ease-out;
  }
}
@keyframes bg-popover-in {
  from { opacity: 0.4; transform: translateY(2px); }
  to { opacity: 1; transform: none; }
}
.dialog *, .dialog *::before, .dialog *::after {
  box-sizing: border-box;
}
h2, h3, p, ul, li, blockquote {
  margin: 0;
  padding: 0;
  font: inherit;
  color: inherit;
}
ul {
  list-style: none;
}
button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
}
button:focus-visible {
  outline: 2px solid var(--accent);
  outline-offset: 1px;
}
.head {
  padding: 12px 44px 4px 16px;
}
.name {
  font-size: 16px;
  line-height: 22px;
  font-weight: 650;
}
.kind {
  font-size: 12px;
  line-height: 16px;
  color: var(--muted);
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
.also {
  padding: 0 16px 8px;
  font-size: 13px;
  line-height: 18px;
  color: var(--muted);
}
.also-choice {
  padding: 0;
  border: 0;
  background: transparent;
  color: var(--accent);
  font: inherit;
  text-decoration: underline;
  cursor: pointer;
}
.description {
  padding: 0 16px 8px;
  color: var(--fg);
}
.close {
  position: absolute;
  top: 6px;
  right: 6px;
  width: 32px;
  height: 32px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--muted);
  font-size: 20px;
  line-height: 32px;
  padding: 0;
}
.close:hover {
  background: var(--rule);
  color: var(--fg);
}
.body {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0 16px;
}
.section-title {
  margin-top: 8px;
  font-size: 12px;
  line-height: 16px;
  font-weight: 600;
  color: var(--muted);
}
.quote {
  padding: 8px 0;
  border-bottom: 1px solid var(--rule);
}
.quotes:last-of-type .quote:last-child {
  border-bottom: 0;
}
.quote-text {
  border-left: 3px solid var(--quote-bar);
  padding-left: 10px;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 5;
  overflow: hidden;
}
.speaker {
  margin-top: 4px;
  font-size: 13px;
  line-height: 18px;
  font-weight: 600;
}
.source {
  font-size: 13px;
  line-height: 18px;
  color: var(--muted);
}
cite {
  font-style: italic;
  color: var(--fg);
}
.link {
  border: 0;
  padding: 4px 2px;
  min-height: 24px;
  background: none;
  color: var(--accent);
  font-size: 12px;
  line-height: 16px;
  text-decoration: underline;
  text-underline-offset: 2px;
}
.actions {
  margin-top: 6px;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
}
.copy {
  border: 1px solid var(--rule);
  border-radius: 6px;
  background: transparent;
  font-size: 12px;
  line-height: 16px;
  padding: 4px 10px;
  min-height: 24px;
}
.copy:hover {
  border-color: var(--muted);
}
.copy-status {
  font-size: 12px;
  color: var(--muted);
}
.empty {
  padding: 4px 0 8px;
  color: var(--muted);
  font-style: italic;
}
.foot {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 12px;
  padding: 8px 16px 12px;
  border-top: 1px solid var(--rule);
}
.count {
  font-size: 12px;
  color: var(--muted);
}
.more {
  border: 0;
  border-radius: 6px;
  padding: 6px 12px;
  min-height: 32px;
  background: var(--accent);
  color: var(--accent-fg);
  font-weight: 600;
  text-align: center;
}
@media (forced-colors: active) {
  .dialog { border: 1px solid CanvasText; }
  .more, .copy { border: 1px solid ButtonText; }
}
`;
