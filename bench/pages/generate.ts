// Generated news-like pages for the highlight benchmark: deterministic, a given amount of visible text, names
// from the shipped matcher at a realistic density (or none at all), inline links and emphasis so text is
// split across nodes as on real sites.
import { prng } from '../../scripts/prng.ts';

const VOCABULARY = `the a of to in and on for with at by from as that this over after before into about
during against between under while since than more most some many several new old other first last next
government officials ministers leaders talks agreement plan policy report statement meeting summit council
committee security defence economy budget energy prices market trade exports imports sanctions border region
city capital country countries people residents workers families children students voters election campaign
parliament vote law court ruling decision proposal measures support aid funding troops forces military war
peace ceasefire negotiations diplomats envoy delegation spokesperson analysts experts researchers data survey
week month year morning evening today yesterday tomorrow recent current former future public private local
national international regional global major key senior junior official said says told added noted warned
called urged announced confirmed denied rejected approved signed agreed expected planned would could should
may might must will can also still already only just even again however meanwhile although because despite
long short high low large small big strong weak early late further clear open closed direct indirect
increase decrease rise fall growth decline crisis response pressure risk threat challenge issue question
concern hope fear claim effort attempt move step change shift process system network service services
program project plant factory company companies firm bank banks industry sector jobs wages costs taxes
water food health schools hospitals roads bridges rail ports airports weather storm flooding drought heat`
  .split(/\s+/)
  .filter(Boolean);

export interface GeneratedPage {
  html: string;
  /** Characters of visible text (what the content script has to read). */
  textChars: number;
  textNodes: number;
  /** Names inserted into the text. */
  names: number;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `aliases` empty → a page with none of the names: every vocabulary word that is also a word of an alias in
 * `avoid` is dropped, so no alias can occur by accident.
 */
export function generatePage(textChars: number, aliases: string[], avoid: string[] = aliases, seed = 1): GeneratedPage {
  const rand = prng(seed);
  const banned = new Set(avoid.flatMap((a) => a.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  const words = VOCABULARY.filter((w) => !banned.has(w));
  const word = () => words[Math.floor(rand() * words.length)] as string;
  const name = () => aliases[Math.floor(rand() * aliases.length)] as string;
  let chars = 0;
  let nodes = 0;
  let names = 0;
  const parts: string[] = [];
  // Text and markup pieces of the paragraph being built; chars counts visible text only.
  const text = (s: string) => {
    chars += s.length;
    return escapeHtml(s);
  };

  const nav = Array.from({ length: 12 }, () => `<a href="#">${text(cap(word()))}</a>`).join(' ');
  nodes += 12;
  parts.push(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated news page</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:44em;margin:auto}nav a{margin-right:.5em}</style>',
    `</head><body><header><nav>${nav}</nav></header><main><article><h1>${text(headline(word))}</h1>`,
  );
  nodes += 1;
  let paragraph = 0;
  while (chars < textChars) {
    if (paragraph > 0 && paragraph % 8 === 0) {
      parts.push(`<h2>${text(headline(word))}</h2>`);
      nodes += 1;
    }
    const sentences = 3 + Math.floor(rand() * 4);
    let html = '';
    let run = ''; // text since the last element boundary: one text node
    const flush = () => {
      if (run) {
        html += text(run);
        nodes += 1;
        run = '';
      }
    };
    for (let s = 0; s < sentences; s++) {
      const length = 8 + Math.floor(rand() * 15);
      const at = aliases.length > 0 && rand() < 0.45 ? Math.floor(rand() * length) : -1;
      for (let w = 0; w < length; w++) {
        const sep = s === 0 && w === 0 ? '' : ' ';
        if (w === at) {
          const n = name() + (rand() < 0.1 ? '’s' : '');
          names += 1;
          if (rand() < 0.25) {
            run += sep;
            flush();
            html += `<a href="#">${text(n)}</a>`;
            nodes += 1;
          } else run += sep + n;
          continue;
        }
        const wd = w === 0 ? cap(word()) : word();
        if (rand() < 0.02) {
          run += sep;
          flush();
          html += `<em>${text(wd)}</em>`;
          nodes += 1;
        } else run += sep + wd;
      }
      run += '.';
    }
    flush();
    parts.push(`<p>${html}</p>\n`);
    paragraph += 1;
  }
  parts.push('</article></main><footer><p>© Generated for benchmarks</p></footer></body></html>');
  nodes += 1;
  chars += 26;
  return { html: parts.join(''), textChars: chars, textNodes: nodes, names };
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function headline(word: () => string): string {
  return cap(Array.from({ length: 7 }, word).join(' '));
}
