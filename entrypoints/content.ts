import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/page/content-main.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(ctx);
  },
});
