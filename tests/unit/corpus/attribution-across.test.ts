// Attribution constructions from issue #11 that cross a phrase, a sentence or a paragraph, on invented text: long
// titles after an inverted "said", a colon after a phrase behind a preposition, a relative clause or an appositive
// left open, "quick to add", a quotation signed on the next line, a paragraph of quotation after a speaking one, and
// a party’s member described rather than named.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const speakerOf = (body: string, quote: string) =>
  buildPack([{ file: 'story.txt', text: `Harbour plan stalls again\n\n${body}` }]).quotes.find((q) =>
    q.text.includes(quote),
  )?.speaker;

describe('an inverted “said” before a long title', () => {
  const lead = 'The harbour board’s former adviser went further, arguing the plan could make the flooding worse.\n\n';

  it('“…,” said retired Navy Rear Adm. X, who …', () => {
    const text = `${lead}“I fundamentally disagree,” said retired Navy Rear Adm. Tobias Wrenfield, who served as the chief harbour adviser in Ellis from 2013 to 2015.`;
    expect(speakerOf(text, 'fundamentally disagree')).toBe('Tobias Wrenfield');
  });

  it('“…,” said <place> delegate X credits X, not the place', () => {
    const text = `${lead}“We are not ready,” said Ellis delegate Ingrid Castellane, angered that the board ignored the crews.`;
    expect(speakerOf(text, 'not ready')).toBe('Ingrid Castellane');
  });

  it('“…,” said <party> party boss X credits X, not the party', () => {
    const text = '“Nobody asked the crews what they thought about it,” said Dockers party boss Halvard Oyelaran.';
    expect(speakerOf(text, 'Nobody asked')).toBe('Halvard Oyelaran');
  });

  it('“…,” said harbour ranking member X (D-Ellis)', () => {
    const text = `${lead}“Nobody asked the crews,” said harbour ranking member Halvard Oyelaran (D-Ellis).`;
    expect(speakerOf(text, 'Nobody asked')).toBe('Halvard Oyelaran');
  });
});

describe('a colon after a phrase behind a preposition', () => {
  it('“X delivered a blunt message to Y: “…”” credits X', () => {
    const text =
      'Council leader Marguerite Okonjo-Vale, D-Ellis, delivered a blunt message to Tomas Brandt: "It is time to quit attacking the crews and the people who work the docks and get on with the job."';
    expect(speakerOf(text, 'time to quit')).toBe('Marguerite Okonjo-Vale');
  });
});

describe('a relative clause whose closing comma is missing', () => {
  it('“…,” X, who is chairman of Y said …: X said it, and the next quote too', () => {
    const text =
      '"This new ad raises questions about whether the voters of Ellis can trust the mayor, even when he makes tough statements about the harbour," Ingrid Castellane, who is chairman of the Dockers Fund said in a statement. "More and more, the mayor appears to be the kind of politician voters fear the most."';
    expect(speakerOf(text, 'new ad raises')).toBe('Ingrid Castellane');
    expect(speakerOf(text, 'More and more')).toBe('Ingrid Castellane');
  });
});

describe('a quotation signed on the next line', () => {
  it('“…” ¶ - X. credits X', () => {
    const text =
      'Marguerite Okonjo-Vale and Tomas Brandt met for the second debate on Tuesday night.\n\n"Ellis pays more for its harbour than any town on the coast, and the crews get nothing for it."\n\n- Tomas Brandt.\n\nThe figure is out of date.';
    expect(speakerOf(text, 'pays more')).toBe('Tomas Brandt');
  });

  it('a dash and a name closing the article is a byline: it signs nothing', () => {
    const text =
      'Marguerite Okonjo-Vale spoke last, and briefly.\n\n"Ellis pays more for its harbour than any town on the coast, and the crews get nothing for it."\n\n- Tomas Brandt.';
    expect(speakerOf(text, 'pays more')).not.toBe('Tomas Brandt');
  });
});

describe('an adjective of eagerness before “to add”', () => {
  it('“X was quick to add that …” speaks for X', () => {
    const text =
      'The court will hear the harbour case in June, and the crews are waiting.\n\nTomas Brandt was quick to add that the survey does not include closing the port.\n\n“Closing it? Not on the table. Not now and not next year either.”';
    expect(speakerOf(text, 'Closing it')).toBe('Tomas Brandt');
  });
});

describe('an appositive whose closing comma is missing', () => {
  it('“X, the director for Y said in a statement. “…””: X said it', () => {
    const text =
      'Ingrid Castellane, the communications director for the Ellis Harbour Party said in a statement. “There are no paper ballots to recount. The count was a unique event that involved more than 17,000 voters.”';
    expect(speakerOf(text, 'no paper ballots')).toBe('Ingrid Castellane');
  });
});

describe('a speaking paragraph before a paragraph of quotation only', () => {
  it('“X also spoke about …” ¶ “…”: the quotation is what X said', () => {
    const text =
      'The court will hear the harbour case in June, and the crews are waiting.\n\nIngrid Castellane also spoke about the harbour case, which the court will hear in June.\n\n“The harbour is the law of the town. But I believe very firmly that it is not a harbour if you cannot reach it.”';
    expect(speakerOf(text, 'law of the town')).toBe('Ingrid Castellane');
  });

  it('“X argued in a letter that …” ¶ “…?”: the quotation is X’s letter', () => {
    const text =
      'The crews walked out on Friday.\n\nTomas Brandt argued in a letter to members that the walkout proves the board needs a new charter.\n\n“After a breach like this one, and with no proper debate allowed, can anyone still trust the chair with the power to write the harbour rules alone?”';
    expect(speakerOf(text, 'breach like this')).toBe('Tomas Brandt');
  });
});

describe('a party’s member described, not named', () => {
  const text =
    '“Every Brandt surrogate, and the mayor himself, is lowering expectations for the vote on the harbour,” said one Ellis County Democrat. “Local people roll their eyes at such an argument. The crews want the port open.”\n\n“It is the mayor’s vote to lose at this point,” added another Ellis County Democrat.';

  it('“…,” said one <place> Democrat: the description speaks, and the next quote goes on with it', () => {
    expect(speakerOf(text, 'lowering expectations')).toBe('an Ellis County Democrat');
    expect(speakerOf(text, 'roll their eyes')).toBe('an Ellis County Democrat');
    expect(speakerOf(text, 'vote to lose')).toBe('an Ellis County Democrat');
  });
});

describe('a description as a label that stands alone', () => {
  it('“…,” said another aide: “an aide”, not “another aide”', () => {
    const text =
      '“The survey is late,” said one harbour official. “The crews know it.”\n\n“Nobody will sign before June,” said another official at the port.';
    expect(speakerOf(text, 'Nobody will sign')).toBe('an official');
    expect(speakerOf(text, 'survey is late')).toBe('a harbour official');
  });
});
