// node --experimental-strip-types scripts/generate-corpus.ts <out-dir> --articles N [--seed S] [--cast N] [--truth truth.json]
// Writes N synthetic news articles (deterministic for a given seed) for ingest benchmarks: a recurring cast
// of people, organizations and places, headlines, bylines, dates, and quotes in the attribution patterns
// real copy uses. --truth writes every quote with its intended speaker, to score attribution on the output.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from './prng.ts';

const FIRST = [
  'Anna',
  'Marek',
  'Sofia',
  'Jonas',
  'Elena',
  'Tomasz',
  'Ingrid',
  'Pavel',
  'Laura',
  'Viktor',
  'Maria',
  'Henrik',
  'Amira',
  'Daniel',
  'Keiko',
  'Omar',
  'Clara',
  'Mateo',
  'Nadia',
  'Lukas',
  'Fatima',
  'Andreas',
  'Irina',
  'Samuel',
  'Helena',
  'Rafael',
  'Zofia',
  'Erik',
  'Leila',
  'Gabriel',
  'Olga',
  'Martin',
  'Yasmin',
  'Stefan',
  'Carmen',
  'Piotr',
  'Julia',
  'Nikolai',
  'Agnes',
  'Felix',
  'Rosa',
  'Dmitri',
  'Eva',
  'Hugo',
  'Lina',
  'Oskar',
  'Teresa',
  'Ivan',
];
const LAST_A = [
  'Kov',
  'Lind',
  'Mar',
  'Hal',
  'Ber',
  'Sand',
  'Vol',
  'Tor',
  'Dra',
  'Fer',
  'Gal',
  'Ros',
  'Wes',
  'Nor',
  'Ast',
  'Kal',
  'Bran',
  'Mol',
  'Stra',
  'Zel',
];
const LAST_B = [
  'acs',
  'qvist',
  'enko',
  'strom',
  'ardi',
  'owski',
  'berg',
  'ssen',
  'ovic',
  'ani',
  'ez',
  'ova',
  'holm',
  'eira',
  'ides',
  'ansky',
  'lund',
  'etti',
];
const COUNTRIES: [string, string][] = [
  ['Norway', 'Norwegian'],
  ['Poland', 'Polish'],
  ['Estonia', 'Estonian'],
  ['Romania', 'Romanian'],
  ['Portugal', 'Portuguese'],
  ['Chile', 'Chilean'],
  ['Kenya', 'Kenyan'],
  ['Japan', 'Japanese'],
  ['Canada', 'Canadian'],
  ['Greece', 'Greek'],
  ['Finland', 'Finnish'],
  ['Mexico', 'Mexican'],
  ['Egypt', 'Egyptian'],
  ['Austria', 'Austrian'],
  ['Vietnam', 'Vietnamese'],
];
const CITIES = [
  'Oslo',
  'Warsaw',
  'Tallinn',
  'Bucharest',
  'Lisbon',
  'Santiago',
  'Nairobi',
  'Osaka',
  'Toronto',
  'Athens',
  'Helsinki',
  'Monterrey',
  'Cairo',
  'Vienna',
  'Hanoi',
  'Geneva',
  'Brussels',
  'Rotterdam',
];
const ORGS: [string, string | null][] = [
  ['Nordic Energy Council', 'NEC'],
  ['Baltic Shipping Authority', 'BSA'],
  ['International Grain Board', null],
  ['Centre for Policy Analysis', null],
  ['European Rail Agency', 'ERA'],
  ['Coastal Fisheries Commission', null],
  ['Institute for Water Security', 'IWS'],
  ['Atlantic Trade Union Federation', null],
  ['National Statistics Office', null],
  ['World Climate Fund', 'WCF'],
  ['Pacific Ports Association', null],
  ['Central Bank of Meridia', null],
];
const ROLES = [
  'Foreign Minister',
  'Finance Minister',
  'Energy Minister',
  'Prime Minister',
  'President',
  'Defence Minister',
  'Trade Commissioner',
];
const ORG_ROLES = [
  'spokesperson for',
  'economist at',
  'director of',
  'senior analyst at',
  'chief executive of',
  'researcher at',
];
const TOPICS = [
  ['energy prices', 'the gas pipeline', 'winter supplies', 'wind farms'],
  ['grain exports', 'port capacity', 'shipping lanes', 'the harvest'],
  ['interest rates', 'inflation', 'the budget deficit', 'public spending'],
  ['flood defences', 'water reserves', 'the drought', 'coastal erosion'],
  ['rail links', 'the new tunnel', 'freight traffic', 'ticket prices'],
];
const OPENERS = ['We are', 'Nobody is', 'The government is', 'Our partners are', 'Everyone here is', 'I am'];
const MIDDLES = [
  'deeply concerned about',
  'ready to invest in',
  'not going to give up on',
  'watching closely',
  'committed to fixing',
  'surprised by the speed of',
];
const CLOSERS = [
  'this year',
  'before the winter',
  'in the coming months',
  'for the next decade',
  'at any cost',
  'without delay',
];
const NARRATIVE = [
  'Talks on {topic} resumed in {city} on {day} after a pause of several weeks.',
  'Officials in {country} said the dispute over {topic} could take months to settle.',
  'The {org} published figures showing that {topic} had become the main concern of voters.',
  '{person} met counterparts from {country} and {country2} to discuss {topic}.',
  'Critics argue that the plan does too little about {topic} and too much about appearances.',
  'Markets reacted calmly, although analysts warned that {topic} remained a risk.',
  'A report by the {org} found that spending on {topic} rose by {n} percent last year.',
  'Delegations from {country} arrived in {city} late on {day} for the second round.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Person {
  first: string;
  last: string;
  role: string;
  female: boolean;
}
export interface TruthQuote {
  file: string;
  text: string;
  speaker: string;
}

/** The usual cast: 400 people drawn at random, so names recur across articles as they do in an archive. */
const CAST = 400;

export function generateCorpus(
  count: number,
  seed = 1,
  castSize = CAST,
): { files: Map<string, string>; truth: TruthQuote[] } {
  const files = new Map<string, string>();
  const truth: TruthQuote[] = [];
  for (const article of generateArticles(count, seed, castSize)) {
    files.set(article.file, article.text);
    truth.push(...article.truth);
  }
  return { files, truth };
}

/**
 * The same articles one at a time, so 100,000 of them never sit in memory together. `castSize` other than the usual
 * 400 makes a cast of that many distinct people (every first name with every surname in turn, so surnames are shared
 * as in a real archive) and names each of them in some article: a corpus with as many names as wanted, for the
 * matcher's benchmarks (about two forms per person).
 */
export function* generateArticles(
  count: number,
  seed = 1,
  castSize = CAST,
): Generator<{ file: string; text: string; truth: TruthQuote[] }> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const cast: Person[] = [];
  const distinct = castSize !== CAST;
  for (let i = 0; i < castSize; i++) {
    const first = distinct ? (FIRST[i % FIRST.length] as string) : pick(FIRST);
    const demonym = pick(COUNTRIES)[1];
    const org = pick(ORGS)[0];
    const role = random() < 0.6 ? `${demonym} ${pick(ROLES)}` : `${pick(ORG_ROLES)} the ${org}`;
    const k = Math.floor(i / FIRST.length);
    const last = distinct
      ? `${LAST_A[k % LAST_A.length]}${LAST_B[Math.floor(k / LAST_A.length) % LAST_B.length]}`
      : pick(LAST_A) + pick(LAST_B);
    cast.push({ first, last, role, female: FIRST.indexOf(first) % 2 === 0 });
  }
  const width = Math.max(5, String(count - 1).length);
  for (let n = 0; n < count; n++) {
    const file = `${String(n).padStart(width, '0')}.txt`;
    const truth: TruthQuote[] = [];
    const topic = pick(TOPICS);
    const people = distinct
      ? [cast[(3 * n) % cast.length], cast[(3 * n + 1) % cast.length], cast[(3 * n + 2) % cast.length]].map(
          (p) => p as Person,
        )
      : [pick(cast), pick(cast), pick(cast)];
    const [country, demonym] = pick(COUNTRIES);
    const [country2] = pick(COUNTRIES);
    const [org, acronym] = pick(ORGS);
    const city = pick(CITIES);
    const quote = () => {
      const words = `${pick(OPENERS)} ${pick(MIDDLES)} ${pick(topic)} ${pick(CLOSERS)}`;
      return random() < 0.5 ? words : `${words}. ${pick(OPENERS)} ${pick(MIDDLES)} ${pick(topic)}`;
    };
    const full = (p: Person) => `${p.first} ${p.last}`;
    const fill = (s: string) =>
      s
        .replaceAll('{topic}', pick(topic))
        .replaceAll('{city}', city)
        .replaceAll('{day}', pick(DAYS))
        .replaceAll('{country2}', country2)
        .replaceAll('{country}', country)
        .replaceAll('{org}', org)
        .replaceAll('{person}', full(pick(people)))
        .replaceAll('{n}', String(2 + Math.floor(random() * 30)));
    const say = (text: string, speaker: string) => {
      truth.push({ file, text, speaker });
      return text;
    };
    const paragraphs: string[] = [];
    const lead = people[0] as Person;
    paragraphs.push(
      `${lead.role.startsWith('spokes') || lead.role.includes(' at ') || lead.role.includes(' of ') ? '' : `${lead.role} `}${full(lead)} said on ${pick(DAYS)} that ${country} would review its position on ${pick(topic)}, a decision expected to affect ${country2} and the ${org}.`,
    );
    const mentioned = new Set<Person>([lead]);
    const paraCount = 8 + Math.floor(random() * 8);
    for (let i = 0; i < paraCount; i++) {
      const p = pick(people);
      const pronoun = p.female ? 'she' : 'he';
      // A person is named in full the first time, by surname after that, as newspapers do.
      const known = mentioned.has(p);
      const name = known ? p.last : full(p);
      const intro = known ? p.last : `${full(p)}, ${/^[A-Z]/.test(p.role) ? 'the' : 'a'} ${p.role},`;
      const who = full(p);
      const r = random();
      let text: string;
      if (r < 0.15) text = `“${say(quote(), who)},” ${intro} said. “${say(quote(), who)}.”`;
      else if (r < 0.27) text = `“${say(quote(), who)},” said ${name}.`;
      else if (r < 0.39) text = `${name} told reporters in ${city} that “${say(quote(), who)}.”`;
      else if (r < 0.49) text = `According to ${name}, “${say(quote(), who)}.”`;
      else if (r < 0.57) {
        text = `${fill(pick(NARRATIVE))} ${name} spoke after the meeting. “${say(quote(), who)},” ${pronoun} added.`;
      } else if (r < 0.64) {
        text = `The ${org}${acronym ? ` (${acronym})` : ''} said in a statement that “${say(quote(), org)}.”`;
      } else if (r < 0.7)
        text = `${demonym} officials described the talks as “constructive” and said more meetings would follow.`;
      else text = `${fill(pick(NARRATIVE))} ${fill(pick(NARRATIVE))}`;
      if (text.includes(name)) mentioned.add(p);
      paragraphs.push(text);
    }
    const headline =
      random() < 0.1
        ? `${full(lead)}: “${say(quote(), full(lead))}”`
        : `${country} ${pick(['weighs', 'rethinks', 'defends', 'delays'])} plans on ${pick(topic)}`;
    const header = [headline];
    if (random() < 0.5) header.push(`By ${pick(FIRST)} ${pick(LAST_A)}${pick(LAST_B)}`);
    if (random() < 0.5) header.push(`${1 + Math.floor(random() * 28)} ${pick(MONTHS)} 2023`);
    const sep = random() < 0.5 ? '\n\n' : '\n';
    yield { file, text: `${[...header, ...paragraphs].join(sep)}\n`, truth };
  }
}

async function main() {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1]?.startsWith('--') !== true);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(option('--articles') ?? 100);
  const seed = Number(option('--seed') ?? 1);
  const castSize = Number(option('--cast') ?? CAST);
  if (!out || !Number.isInteger(count) || count < 1) {
    process.stderr.write('Usage: generate-corpus.ts <out-dir> --articles N [--seed S] [--truth truth.json]\n');
    process.exitCode = 1;
    return;
  }
  await mkdir(out, { recursive: true });
  const truthFile = option('--truth');
  const truth: TruthQuote[] = [];
  let batch: Promise<void>[] = [];
  let written = 0;
  for (const article of generateArticles(count, seed, castSize)) {
    batch.push(writeFile(join(out, article.file), article.text));
    if (truthFile) truth.push(...article.truth);
    written++;
    if (batch.length === 200) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  if (truthFile) await writeFile(truthFile, JSON.stringify(truth));
  process.stdout.write(`Wrote ${written} articles to ${out}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
