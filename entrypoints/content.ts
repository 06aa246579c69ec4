import { defineContentScript } from 'wxt/utils/define-content-script';
import '../lib/page/highlight.css';
import { runContentScript } from '../lib/page/content-main.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // The ::highlight() styles go in the manifest's css list: they reach the page without adding a node to it.
  cssInjectionMode: 'manifest',
  main(ctx) {
    void runContentScript(ctx);
  },
});
