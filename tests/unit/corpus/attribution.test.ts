// One test per attribution pattern the issue lists, on small invented articles.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

/** Builds a one-article pack and returns its quotes as [text, speaker] pairs. */
function quotes(text: string): [string, string | null][] {
  const pack = buildPack([{ file: 'story.txt', text }]);
  return pack.quotes.map((q) => [q.text, q.speaker]);
}
const speakerOf = (text: string, quote: string) => quotes(text).find(([t]) => t.includes(quote))?.[1];

describe('attribution after the quote', () => {
  it('“…,” X said', () => {
    const text = 'Budget row deepens\n\n“We will not sign this budget,” Maria Lopez said on Monday.';
    expect(speakerOf(text, 'sign this budget')).toBe('Maria Lopez');
  });

  it('“…,” said X, the role', () => {
    const text = 'Port strike\n\n“The port will stay closed,” said Peter Hansen, the harbour director.';
    expect(speakerOf(text, 'stay closed')).toBe('Peter Hansen');
  });

  it('“…,” X, an appositive, added', () => {
    const text =
      'Rail plan\n\n“Nobody wants another delay,” Anna Berg, a senior engineer at the Rail Institute, added on Friday.';
    expect(speakerOf(text, 'another delay')).toBe('Anna Berg');
  });

  it('“…,” X told reporters', () => {
    const text = 'Storm\n\n“The river is rising fast,” Mayor David Clarke told reporters in the town hall.';
    expect(speakerOf(text, 'rising fast')).toBe('David Clarke');
  });

  it('“…,” according to X', () => {
    const text =
      'Harvest\n\nThe harvest will be “the worst in a generation,” according to Laura Fischer, a farm economist.';
    expect(speakerOf(text, 'worst in a generation')).toBe('Laura Fischer');
  });

  it('“…”, he says — any verb closing the attribution clause', () => {
    const text =
      'Trade\n\nJames Porter has argued for open markets for years. “Freedom matters more than profit”, he defends.';
    expect(speakerOf(text, 'Freedom matters')).toBe('James Porter');
  });
});

describe('attribution before the quote', () => {
  it('X said that “…”', () => {
    const text = 'Election\n\nOn Tuesday, Sarah Collins said that “the count will finish tonight.”';
    expect(speakerOf(text, 'count will finish')).toBe('Sarah Collins');
  });

  it('According to X, “…”', () => {
    const text = 'Flood\n\nAccording to Michael Grant, “the dams held, but only just.”';
    expect(speakerOf(text, 'dams held')).toBe('Michael Grant');
  });

  it('a partial quote inside the speaker’s sentence', () => {
    const text =
      'Talks\n\nRobert Lewis also said the talks, which lasted nine hours, had been “frank and useful” overall.';
    expect(speakerOf(text, 'frank and useful')).toBe('Robert Lewis');
  });

  it('X, who said “…”', () => {
    const text =
      'Summit\n\nThe summit was chaired by Helen Ward, who said that delegates had shown “remarkable patience”.';
    expect(speakerOf(text, 'remarkable patience')).toBe('Helen Ward');
  });

  it('a parenthetical “…, X said, …” before the quote', () => {
    const text = 'Bridge\n\nThe repairs, Thomas Reed said, will take “at least another year.”';
    expect(speakerOf(text, 'another year')).toBe('Thomas Reed');
  });

  it('a participle clause: “X spoke…, saying that “…”', () => {
    const text =
      'Wildfire\n\nKaren Walsh visited the burned villages, saying that the damage was “beyond anything we planned for.”';
    expect(speakerOf(text, 'beyond anything')).toBe('Karen Walsh');
  });

  it('Name: “…” headline quote', () => {
    const text =
      'Maria Lopez: “We will not back down”\n\nMaria Lopez, the mayor of Riverton, spoke to residents on Sunday about the plan.';
    const pack = buildPack([{ file: 'h.txt', text }]);
    const headline = pack.quotes.find((q) => q.inTitle);
    expect(headline?.speaker).toBe('Maria Lopez');
    expect(pack.articles[0]?.title.slice(headline?.start, headline?.end)).toBe('We will not back down');
  });
});

describe('pronouns, descriptions and continued quotes', () => {
  it('“…,” he said resolves to the person the text is about', () => {
    const text =
      'Fishing quotas\n\nFisheries Minister George Baker met trawler owners on Monday.\n\n“We cannot keep fishing like this,” he said.';
    expect(speakerOf(text, 'keep fishing')).toBe('George Baker');
  });

  it('she and he pick the person of that gender', () => {
    const text =
      'Bank merger\n\nElizabeth Morgan met Richard Hughes in Geneva on Friday. “The merger is off,” she said. “We tried everything,” he added.';
    expect(speakerOf(text, 'merger is off')).toBe('Elizabeth Morgan');
    expect(speakerOf(text, 'tried everything')).toBe('Richard Hughes');
  });

  it('a quote continued in the next sentence keeps its speaker', () => {
    const text = 'Water\n\n“The wells are empty,” Daniel Price said. “We need tankers by Friday.”';
    expect(speakerOf(text, 'tankers by Friday')).toBe('Daniel Price');
  });

  it('a quote running over paragraphs keeps its speaker', () => {
    const text =
      'Statement\n\n“The first part of the plan is done,” Carol Evans said. “The second part starts next week and will be harder\n\n“The third part depends on the weather.”';
    expect(speakerOf(text, 'depends on the weather')).toBe('Carol Evans');
  });

  it('the role ("the prime minister") stands for the person who holds it', () => {
    const text =
      'Cabinet\n\nPrime Minister Edward Bell named a new cabinet on Monday.\n\nLater, the prime minister said the choice was “obvious”.';
    expect(speakerOf(text, 'obvious')).toBe('Edward Bell');
  });

  it('"the ORG chief" stands for the person the texts give that role', () => {
    const text =
      'Space\n\nEuropean Space Agency Director General Susan Clark opened the meeting.\n\nThe agency chief said the launch was “on schedule”.';
    expect(speakerOf(text, 'on schedule')).toBe('Susan Clark');
  });
});

describe('house styles', () => {
  it('wire copy: straight quotes, a quote running over paragraphs, "told reporters:"', () => {
    const text = [
      'Drone attack',
      'KYIV, Ukraine (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Monday that air defences held.',
      '"We will keep defending our skies," Zelenskiy said in his nightly address. "Every day we get stronger.',
      '"And our partners know it," he added.',
      'Kremlin spokesman Dmitry Peskov told reporters: "The operation continues."',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['We will keep defending our skies', 'Volodymyr Zelenskiy'],
      ['Every day we get stronger.', 'Volodymyr Zelenskiy'],
      ['And our partners know it', 'Volodymyr Zelenskiy'],
      ['The operation continues.', 'Dmitry Peskov'],
    ]);
  });

  it('British copy: single quotes and a role before the name', () => {
    const text = [
      'Budget warning',
      '‘We have inherited a black hole,’ Rachel Reeves told the conference. ‘There are no easy choices.’',
      'The opposition leader, Rishi Sunak, said the claim was ‘a complete fantasy’.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['We have inherited a black hole', 'Rachel Reeves'],
      ['There are no easy choices.', 'Rachel Reeves'],
      ['a complete fantasy', 'Rishi Sunak'],
    ]);
  });
});

describe('organizations and non-speakers', () => {
  it('an organization speaks in a statement', () => {
    const text = 'Outbreak\n\nThe Ministry of Health said in a statement that “the outbreak is under control.”';
    expect(speakerOf(text, 'under control')).toBe('Ministry of Health');
  });

  it('"the U.N. noted" and "it warned" credit the organization', () => {
    const text =
      'Aid\n\nThe World Food Programme (WFP) said on Monday that aid was “far below what is needed,” as it warned that “famine is close.”';
    expect(speakerOf(text, 'far below')).toBe('World Food Programme');
    expect(speakerOf(text, 'famine is close')).toBe('World Food Programme');
  });

  it('leaves scare quotes and quoted phrases without a speaker', () => {
    const text = 'Markets\n\nThe idea that the bank “woke up” late to inflation is popular among traders in London.';
    expect(speakerOf(text, 'woke up')).toBeNull();
  });

  it('credits nobody when the subject is no named entity', () => {
    const text = 'Strike\n\nUnion officials said the offer was “an insult to every nurse.”';
    expect(speakerOf(text, 'an insult')).toBeNull();
  });
});

describe('interviews', () => {
  const interview = [
    'Talking to the governor',
    'Governor Linda Foster spoke to us about the drought and the budget in an interview this week.',
    'How bad is the drought?',
    'We have never seen reservoirs this low. I have asked every town to cut water use by a fifth.',
    'Will the budget survive it?',
    'Our budget is tight, but we planned for a dry year and we will manage.',
    'Foster will present the budget to the assembly next month.',
  ].join('\n\n');

  it('attributes answers to the interviewee, whole paragraphs, and not the questions or the narration', () => {
    const found = quotes(interview);
    expect(found).toEqual([
      ['We have never seen reservoirs this low. I have asked every town to cut water use by a fifth.', 'Linda Foster'],
      ['Our budget is tight, but we planned for a dry year and we will manage.', 'Linda Foster'],
    ]);
  });

  it('reads Q: and A: markers, leaving the marker out of the answer', () => {
    const text = [
      'Wind power',
      'Anna Schmidt, chief executive of Nordwind, talked to us about turbines.',
      'Q: Why are prices rising?',
      'A: Steel costs doubled, and we cannot absorb that forever.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['Steel costs doubled, and we cannot absorb that forever.', 'Anna Schmidt']]);
  });

  it('does not take a rhetorical question in a report for an interview', () => {
    const report =
      'Ferry fares\n\nFares rose again this spring.\n\nWhat can the council do about it?\n\nThe council will meet on Monday, Paul Green said.';
    expect(quotes(report)).toEqual([]);
  });
});

describe('constructions news copy uses (issue #11)', () => {
  it('a speaker with a lower-case title before the name', () => {
    const text =
      'Floods\n\n“The roads are closed and the river is still rising,” regional governor Anton Kovalenko told reporters on Monday.';
    expect(speakerOf(text, 'roads are closed')).toBe('Anton Kovalenko');
  });

  it('an age before the name', () => {
    const text =
      'Floods\n\n“We have never seen anything like this,” said 79-year-old Ivan Petrenko, who has lived there for decades.';
    expect(speakerOf(text, 'never seen anything')).toBe('Ivan Petrenko');
  });

  it('a possessive title: “…,” the country’s lead negotiator X told the paper', () => {
    const text = 'Talks\n\n“There is no quick fix,” the country’s lead negotiator Pavel Orlov told the Herald.';
    expect(speakerOf(text, 'no quick fix')).toBe('Pavel Orlov');
  });

  it('verbs that judge a quoted phrase: condemned … as, accused … of', () => {
    const text =
      'Looting\n\nMayor Ruth Adler condemned the looting as “cowardly and senseless.” Senator Paul Grant accused the ministry of “hiding the truth from the public.”';
    expect(speakerOf(text, 'cowardly')).toBe('Ruth Adler');
    expect(speakerOf(text, 'hiding the truth')).toBe('Paul Grant');
  });

  it('a participle speaks for the sentence subject: released a statement condemning …', () => {
    const text = 'Delay\n\nAnn Lee released a statement condemning the delay as “a disgrace to everyone involved.”';
    expect(speakerOf(text, 'a disgrace')).toBe('Ann Lee');
  });

  it('a colon after the object: gave a short answer: “…”', () => {
    const text = 'Deal\n\nTom Hale gave a short answer: “We will not sign this agreement.”';
    expect(speakerOf(text, 'not sign')).toBe('Tom Hale');
  });

  it('an organization speaks', () => {
    const text = 'Coast\n\nThe Institute for Coastal Studies said the water levels were “alarming and unprecedented.”';
    expect(speakerOf(text, 'alarming')).toBe('Institute for Coastal Studies');
  });

  it('“the statement said” is the statement’s author', () => {
    const text =
      'Ferries\n\nThe Harbour Authority issued a statement on Friday. “All ferries are suspended until further notice,” the statement said.';
    expect(speakerOf(text, 'ferries are suspended')).toBe('Harbour Authority');
  });

  it('“the newspaper wrote” is the outlet the text named', () => {
    const text =
      'Mill\n\nThe Riverton Herald reported the closure of the mill on Monday. “The mill will not reopen this year,” the newspaper wrote.';
    expect(speakerOf(text, 'will not reopen')).toBe('Riverton Herald');
  });

  it('a description stands for the person the article titled so', () => {
    const text = [
      'Race',
      'Republican presidential candidate Mark Doyle spoke in Ohio on Tuesday.',
      '“We will win this state,” the presidential candidate said.',
    ].join('\n\n');
    expect(speakerOf(text, 'win this state')).toBe('Mark Doyle');
  });

  it('a nameless speaker keeps the text’s description', () => {
    const text = 'Storm\n\nThe Norwegian government said there had been “no warning at all” before the storm.';
    expect(speakerOf(text, 'no warning')).toBe('The Norwegian government');
  });

  it('a coordinated verb shares the subject: “X was quick to agree and said …”', () => {
    const text =
      'Budget\n\nSenator Paula Moreno was quick to back the plan and said the cuts would be “painful but necessary.”';
    expect(speakerOf(text, 'painful')).toBe('Paula Moreno');
  });

  it('a statement running over several quote-only paragraphs keeps its speaker', () => {
    const text = [
      'Water',
      'Governor Helen Price said in a statement:',
      '“The reservoirs are at their lowest level in forty years.',
      '“Every town must cut its use by a fifth.',
      '“We will review the rules in the spring.”',
    ].join('\n\n');
    expect(speakerOf(text, 'review the rules')).toBe('Helen Price');
  });

  it('a name before an appositive with commas of its own: “…,” X, secretary for trade, labour, and migration, said', () => {
    const text =
      'Refugees\n\n“The new rules are a step in the right direction,” Karen Holt, assistant secretary for trade, labour, and migration, said on the call.';
    expect(speakerOf(text, 'right direction')).toBe('Karen Holt');
  });

  it('“As the paper reported, “…”” credits the paper', () => {
    const text =
      'Poll\n\nThe Riverton Herald ran a poll of the county. As the Riverton Herald reported, “the mayor would win the primary, and handily.”';
    expect(speakerOf(text, 'handily')).toBe('Riverton Herald');
  });

  it('a nameless speaker described by age goes on speaking in the next sentence', () => {
    const text = ['Rally', '“He has always been a fighter,” said the 46-year-old. “Now he will fight for you.”'].join(
      '\n\n',
    );
    expect(speakerOf(text, 'always been a fighter')).toBe('the 46-year-old');
    expect(speakerOf(text, 'fight for you')).toBe('the 46-year-old');
  });

  it('a party label after the name: “…,” Senator X, R-Ky., said. “…”', () => {
    const text =
      'Senate\n\n“Let me make it perfectly clear,” Senate Majority Leader Walter Brennan, R-Ky., said. “We will not vote for this bill.”';
    expect(speakerOf(text, 'perfectly clear')).toBe('Walter Brennan');
    expect(speakerOf(text, 'not vote for this bill')).toBe('Walter Brennan');
  });
});

describe('a surname that is also a party, a title or a label word (issue #11)', () => {
  it('“…,” X Green said: a party word after a given name is a surname', () => {
    const text = 'Vote\n\n“We will win,” Adam Green said. Later Green added that “the count is fair.”';
    expect(speakerOf(text, 'We will win')).toBe('Adam Green');
    expect(speakerOf(text, 'count is fair')).toBe('Adam Green');
  });

  it('“…,” said X King / X Pope, a role: a title word after a given name is a surname', () => {
    const text =
      'Vote\n\n“It is over,” said Sarah King.\n\n“We have done what we can,” said Nora Pope, deputy security adviser.';
    expect(speakerOf(text, 'It is over')).toBe('Sarah King');
    expect(speakerOf(text, 'done what we can')).toBe('Nora Pope');
  });

  it('X Bump: “…”: a given name’s surname before a colon is no label', () => {
    const text = 'Map\n\nThe map matters for the primaries - Oliver Bump: “The South was his strongest ground.”';
    expect(speakerOf(text, 'strongest ground')).toBe('Oliver Bump');
  });

  it('still reads party and title words as such where no given name comes first', () => {
    const pack = buildPack([
      {
        file: 'story.txt',
        text: [
          'Vote',
          'Anna Green Wins Seat As Labour Falls',
          '“We go on,” the Vermont Green told reporters. The Savannah Republicans met.',
          'Photo by Henrik Dalby Image: Jane Roe. Photo by Anna Maria Image: Lena Roos',
          'Pope Francis said the war “must end.”',
        ].join('\n\n'),
      },
    ]);
    const people = pack.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people.sort()).toEqual(['Anna Green', 'Anna Maria', 'Francis', 'Henrik Dalby', 'Jane Roe', 'Lena Roos']);
  });
});
