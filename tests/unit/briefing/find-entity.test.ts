import { describe, expect, it } from 'vitest';
import { findEntity, foldName } from '../../../lib/briefing/find-entity.ts';
import { makePack } from './pack-fixture.ts';

const pack = makePack();
const find = (text: string) => findEntity(pack, text)?.id ?? null;

describe('findEntity for a selection', () => {
  it('matches any alias, whatever the case', () => {
    expect(find('Stoltenberg')).toBe('person:jens-stoltenberg');
    expect(find('JENS STOLTENBERG')).toBe('person:jens-stoltenberg');
    expect(find('north atlantic treaty organization')).toBe('org:nato');
  });

  it('tolerates possessives, curly quotes, punctuation and stray spacing around the name', () => {
    expect(find('Stoltenberg’s')).toBe('person:jens-stoltenberg');
    expect(find("NATO's")).toBe('org:nato');
    expect(find('  “Jens\n Stoltenberg,”  ')).toBe('person:jens-stoltenberg');
  });

  it('finds the longest name inside a short selection', () => {
    expect(find('NATO Secretary General Jens Stoltenberg said')).toBe('person:jens-stoltenberg');
    expect(find('said Boris Johnson.')).toBe('person:boris-johnson');
  });

  it('matches nothing for unknown words, empty selections and long passages', () => {
    expect(find('Vladimir Putin')).toBeNull();
    expect(find(' , ')).toBeNull();
    expect(find('one two three four five six seven eight nine Stoltenberg')).toBeNull();
  });

  it('does not match a name that only contains an alias inside a word', () => {
    expect(find('Rigas')).toBeNull();
  });
});

describe('foldName', () => {
  it('folds possessives of names ending in s', () => {
    expect(foldName('the allies’')).toBe('the allies');
  });
});
