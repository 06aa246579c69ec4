// Names a reader would recognize: kinds from the sentence's clue even for a single mention, canonical names
// without appended states or parties, Title Case lines read as headlines, spelling and middle-name variants as
// one entity, names inside names. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../lib/corpus/english-words.ts';
import { headKind, isAdherentWord } from '../../../lib/corpus/name-words.ts';
import { buildPack } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';
import { middleNameShort, spellingKey } from '../../../lib/corpus/variants.ts';

const build = (...paragraphs: string[]): Pack =>
  buildPack([{ file: 'a.txt', text: ['Harbour Report', ...paragraphs].join('\n\n') }]);
const named = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);
const kindOf = (pack: Pack, name: string) => named(pack, name)?.kind;

describe('names seen once, with the clue the sentence gives', () => {
  const pack = build(
    'Talks were held at the Vessberg Institute of Maritime Law on Monday.',
    'She studied in Brantholm, Elverum and Tessaro before the war.',
    '“We are ready,” said Oskar Vindeln, who runs the port.',
    'The ferry left from Qarvik Station and crossed the Lotten River.',
  );

  it('reads an organization from its head word', () => {
    expect(kindOf(pack, 'Vessberg Institute of Maritime Law')).toBe('organization');
  });

  it('gives every name of a list the kind the sentence gives the list', () => {
    for (const town of ['Brantholm', 'Elverum', 'Tessaro']) expect(kindOf(pack, town)).toBe('place');
  });

  it('keeps a speaker named once, as a person', () => {
    expect(kindOf(pack, 'Oskar Vindeln')).toBe('person');
  });

  it('keeps an initial before a surname and a body named "… for the …"', () => {
    const more = build(
      '“It is a disaster,” said K Raghavan, a fisherman in Varbo.',
      'The Institute for the Study of Harbours said traffic fell.',
    );
    expect(kindOf(more, 'K Raghavan')).toBe('person');
    expect(kindOf(more, 'Institute for the Study of Harbours')).toBe('organization');
    expect(named(more, 'Study of Harbours')).toBeUndefined();
  });

  it('keeps a person whose surname is a nationality word, and gives her her quotes', () => {
    const more = build(
      '“The docks will reopen in spring,” Anna Welsh said on Tuesday.',
      '“Nobody will lose a job,” she added.',
    );
    expect(kindOf(more, 'Anna Welsh')).toBe('person');
    const id = named(more, 'Anna Welsh')?.id;
    expect(more.quotes.map((q) => q.speakerId)).toEqual([id, id]);
  });

  it('reads facilities and rivers as places', () => {
    expect(kindOf(pack, 'Qarvik Station')).toBe('place');
    expect(kindOf(pack, 'Lotten River')).toBe('place');
  });
});

describe('canonical names', () => {
  const pack = build(
    'Sen. Marta J. Olsberg of Vermont said the bill would pass.',
    'Democrat Henrik Dalby voted against it, as did a Democrat of Ohio.',
    'Lena Roos of Nordwind News asked about the vote. Olsberg did not answer.',
    'The Dalbys have owned the harbour since 1920.',
  );

  it('splits a state or an outlet after "of" from a person’s name', () => {
    expect(kindOf(pack, 'Marta J. Olsberg')).toBe('person');
    expect(kindOf(pack, 'Vermont')).toBe('place');
    expect(kindOf(pack, 'Lena Roos')).toBe('person');
    expect(pack.entities.some((e) => / of /u.test(e.name) && e.kind === 'person')).toBe(false);
  });

  it('reads a party word before a name as a title, and "a Democrat of Ohio" as no name', () => {
    expect(named(pack, 'Henrik Dalby')).toMatchObject({ kind: 'person', description: 'Democrat' });
    expect(pack.entities.some((e) => e.name.startsWith('Democrat'))).toBe(false);
    expect(kindOf(pack, 'Ohio')).toBe('place');
  });

  it('reads a surname in the plural as a family, not a place', () => {
    expect(kindOf(pack, 'Dalbys')).toBe('person');
  });
});

describe('Title Case lines', () => {
  const pack = buildPack([
    {
      file: 'a.txt',
      text: [
        'Poll: Marta Olsberg Ties Henrik Dalby With Lena Roos in a Three-Way Race.',
        'Marta Olsberg leads the poll. Henrik Dalby and Lena Roos follow.',
        'Henrik Dalby Burns Marta Olsberg With First Lead In Harbour Poll',
        'The poll asked 900 voters.',
      ].join('\n\n'),
    },
  ]);

  it('take a Title Case first line ending in a full stop as the headline', () => {
    expect(pack.articles[0]?.title).toMatch(/^Poll: Marta Olsberg Ties/u);
  });

  it('find the names of a Title Case line, never the line as one name', () => {
    const people = pack.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people.sort()).toEqual(['Henrik Dalby', 'Lena Roos', 'Marta Olsberg']);
  });
});

describe('variants of one name', () => {
  const pack = build(
    'President Bohdan Zarembsky met Sergei Mirov in Tartu.',
    'Bohdan Zarembskyy later said Sergey Mirov had agreed.',
    'Joanna Rodham Varga chaired the talks. Joanna Varga called them useful.',
    'Peter B. Lund and George H. W. Lindqvist attended; George W. Lindqvist did not, and George Lindqvist stayed home.',
  );

  it('merges transliterations by rule', () => {
    expect(named(pack, 'Bohdan Zarembsky')?.aliases).toEqual(
      expect.arrayContaining(['Bohdan Zarembsky', 'Bohdan Zarembskyy']),
    );
    expect(pack.entities.filter((e) => /Mirov/u.test(e.name))).toHaveLength(1);
  });

  it('merges a name with its middle name when only one fuller name fits', () => {
    expect(named(pack, 'Joanna Rodham Varga')?.aliases).toContain('Joanna Varga');
    expect(named(pack, 'George Lindqvist')).toBeDefined();
    expect(named(pack, 'George W. Lindqvist')).toBeDefined();
  });

  it('spells the key the same for the usual romanization differences', () => {
    expect(spellingKey('zarembskyy')).toBe(spellingKey('zarembsky'));
    expect(spellingKey('sergey')).toBe(spellingKey('sergei'));
    expect(spellingKey('dmitriy')).toBe(spellingKey('dmitry'));
    expect(spellingKey('aleksandr')).toBe(spellingKey('alexandr'));
    expect(spellingKey('holm')).not.toBe(spellingKey('helm'));
  });
});

describe('names inside names', () => {
  const pack = build('She taught at the University of Tartu and later at the Municipality of Varbo.');

  it('finds the place an organization’s name holds, as a mention of its own', () => {
    expect(kindOf(pack, 'University of Tartu')).toBe('organization');
    expect(kindOf(pack, 'Tartu')).toBe('place');
    expect(kindOf(pack, 'Varbo')).toBe('place');
  });
});

describe('word knowledge', () => {
  it('knows ordinary English words from wink’s vocabulary, and proper names as none', () => {
    expect(isEnglishWord('video')).toBe(true);
    expect(isEnglishWord('burns')).toBe(true);
    expect(isEnglishWord('london')).toBe(false);
    expect(isEnglishWord('vindeln')).toBe(false);
  });

  it('reads a name’s kind from its head, before or after a complement', () => {
    expect(headKind(['university', 'of', 'tartu'])).toBe('organization');
    expect(headKind(['varbo', 'stadium'])).toBe('place');
    expect(headKind(['lake', 'vattern'])).toBe('place');
    expect(headKind(['center', 'for', 'eastern', 'studies'])).toBe('organization');
    expect(headKind(['st', 'francis'])).toBeUndefined();
  });
});

describe('descriptors, nicknames and middle names around a person’s name', () => {
  it('splits a creed or trade noun written before a name off the name', () => {
    const pack = build(
      'The video featured Scientologist Anna Sorell at the harbour.',
      'It also starred Novelist Tomas Lind and Methodist Ruth Kell.',
      'Sorell said the film was a success. Lind and Kell agreed.',
      'The service was led by Baptist minister Oda Brenne on Sunday.',
    );
    expect(named(pack, 'Oda Brenne')).toMatchObject({ kind: 'person', description: 'Baptist minister' });
    expect(named(pack, 'Baptist')).toBeUndefined();
    for (const name of ['Anna Sorell', 'Tomas Lind', 'Ruth Kell']) expect(kindOf(pack, name)).toBe('person');
    expect(named(pack, 'Anna Sorell')).toMatchObject({ description: 'Scientologist' });
    expect(named(pack, 'Anna Sorell')?.aliases).toEqual(
      expect.arrayContaining(['Sorell', 'Scientologist Anna Sorell']),
    );
    expect(pack.entities.some((e) => /Scientologist|Novelist|Methodist/u.test(e.name))).toBe(false);
  });

  it('knows creed nouns by list and by their "-ist" ending, but not Nordic surnames in "-qvist"', () => {
    for (const w of ['scientologist', 'baptist', 'marxist', 'anglican', 'quaker']) expect(isAdherentWord(w)).toBe(true);
    for (const w of ['lindqvist', 'almquist', 'bergkvist', 'christ', 'anna']) expect(isAdherentWord(w)).toBe(false);
  });

  it('reads a quoted nickname inside a name as part of the one person', () => {
    const pack = build(
      'Robert "Bobby" Vance played the lead in Varbo.',
      'Their son, Austin Shepherd “Shep” Lind, was born in May.',
      'Vance said he loved the part.',
    );
    expect(named(pack, 'Robert "Bobby" Vance')?.aliases).toContain('Vance');
    expect(kindOf(pack, 'Austin Shepherd “Shep” Lind')).toBe('person');
    expect(named(pack, 'Bobby')).toBeUndefined();
    expect(named(pack, 'Lind')).toBeUndefined();
    // Where the texts also write the name without the nickname, that is the name.
    const more = build('Robert "Bobby" Vance played the lead in Varbo.', 'Robert Vance said he loved the part.');
    expect(named(more, 'Robert Vance')?.aliases).toContain('Robert "Bobby" Vance');
  });

  it('takes a headline’s given name and surname for the person named with a middle name', () => {
    const pack = buildPack([
      {
        file: 'a.txt',
        text: [
          'Matthew Pardoe',
          'Matthew William Pardoe (born 1978) is an English actor. Pardoe was born in Varbo.',
        ].join('\n\n'),
      },
      {
        file: 'b.txt',
        text: ['Anna Holm', 'Anna Kristin Holm and Anna Lovisa Holm are sisters from Varbo.'].join('\n\n'),
      },
    ]);
    expect(named(pack, 'Matthew William Pardoe')?.aliases).toEqual(
      expect.arrayContaining(['Pardoe', 'Matthew Pardoe']),
    );
    expect(named(pack, 'Anna Kristin Holm')?.aliases).not.toContain('Anna Holm');
    expect(middleNameShort('Matthew William Pardoe')).toBe('Matthew Pardoe');
    expect(middleNameShort('Peter B. Lund')).toBe('Peter Lund');
    for (const name of ['Odile Le Gall', 'Jan Roe Jr.', 'J. R. Roe', 'Anna Holm'])
      expect(middleNameShort(name)).toBeUndefined();
  });

  it('reads "name, Varbo coach," as the person’s role, not a list of two names', () => {
    const pack = build(
      'After the match, Oskar Brenne, Qarvik coach, said the team had lost.',
      'Lena Moss, Nordwind spokeswoman, said the port was shut.',
    );
    expect(named(pack, 'Oskar Brenne')).toMatchObject({ kind: 'person', description: 'Qarvik coach' });
    expect(named(pack, 'Lena Moss')).toMatchObject({ kind: 'person', description: 'Nordwind spokeswoman' });
    expect(kindOf(pack, 'Nordwind')).not.toBe('person');
  });

  it('keeps the portfolio word with the title in the titled form', () => {
    const pack = build('Home Secretary Jane Roe visited Varbo. Roe said the port would reopen.');
    expect(named(pack, 'Jane Roe')?.aliases).toContain('Home Secretary Jane Roe');
  });
});

describe('names whose words are ordinary words', () => {
  const speakerName = (pack: Pack, quote: string) => {
    const q = pack.quotes.find((x) => x.text.includes(quote));
    return pack.entities.find((e) => e.id === q?.speakerId)?.name;
  };

  it('keeps a number word opening a name at the start of a sentence', () => {
    const pack = build('Analysts at Zero Ledger wrote about prices.', 'Zero Ledger asked, “Why is it so dear?”');
    expect(speakerName(pack, 'Why is it so dear')).toBe('Zero Ledger');
    expect(named(pack, 'Ledger')).toBeUndefined();
  });

  it('still reads a number word before a plural as a count', () => {
    const pack = build('Two Democrats said the port should “open soon” again.');
    expect(named(pack, 'Two Democrats')).toBeUndefined();
  });

  it('reads a nationality word alone before a speech verb as the person of that surname', () => {
    const pack = build(
      'Marta Cuban, who owns the ferry line, spoke on Monday.',
      'Cuban exiles gathered in the square.',
      'The council would have to “go more to the centre,” Cuban said.',
    );
    expect(speakerName(pack, 'go more to the centre')).toBe('Marta Cuban');
    expect(named(pack, 'Marta Cuban')?.aliases).toContain('Cuban');
    // As a modifier the word stays a nationality.
    expect(
      build('Marta Cuban spoke on Monday.', 'Cuban exiles said the port should “open soon”.').quotes[0]?.speakerId,
    ).not.toBe(named(build('Marta Cuban spoke on Monday.'), 'Marta Cuban')?.id);
  });

  it('reads a given name that is an ordinary word, and the bare surname after it', () => {
    const pack = build('On Monday, Will Green spoke at the harbour.', '“It is done,” Green said.');
    expect(kindOf(pack, 'Will Green')).toBe('person');
    expect(speakerName(pack, 'It is done')).toBe('Will Green');
  });

  it('reads a surname that is a title word as the person the article names in full', () => {
    const pack = build('On Monday, Frank King spoke at the harbour.', 'King says the port should “open soon” again.');
    expect(kindOf(pack, 'Frank King')).toBe('person');
    expect(speakerName(pack, 'open soon')).toBe('Frank King');
    const two = build('Tennis great Nora Jean King spoke on Monday.', 'King says the port should “close soon” now.');
    expect(speakerName(two, 'close soon')).toBe('Nora Jean King');
  });

  it('keeps a given name that is an ordinary word opening the sentence', () => {
    const pack = build('Frank Dalvik, who runs the yard, told reporters: “I like the plan best.”');
    expect(speakerName(pack, 'I like the plan best')).toBe('Frank Dalvik');
    expect(named(build('Rich Americans said the tax was “unfair”.'), 'Rich Americans')).toBeUndefined();
  });

  it('splits the place after "of" from a person whose title follows a body\'s name', () => {
    const pack = build('“We will win,” said Harbour Board Chairman G.K. Dalby of Nordland.');
    expect(speakerName(pack, 'We will win')).toBe('G.K. Dalby');
  });

  it('reads "Al" before an English word as a given name, and a small word as a surname', () => {
    const gore = build('Later, Al Stone said it was “great.”', 'In 2014, Stone insisted it was “too soon” to act.');
    expect(speakerName(gore, 'too soon')).toBe('Al Stone');
    const from = build('“No party won,” said Al From, who ran the club.', 'The party was “too big,” From said.');
    expect(speakerName(from, 'No party won')).toBe('Al From');
    expect(speakerName(from, 'too big')).toBe('Al From');
    expect(kindOf(build('Members of Al Varqa said it was “war.”'), 'Al Varqa')).not.toBe('person');
  });

  it('leaves a lone title word no one in the article bears unattributed', () => {
    const pack = build('On Monday, the harbour board met.', 'Chairman says the port should “open soon” again.');
    expect(pack.quotes.find((q) => q.text.includes('open soon'))?.speakerId ?? null).toBeNull();
  });
});
