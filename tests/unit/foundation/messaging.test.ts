import { describe, expect, it } from 'vitest';
import { InvalidMessageError, parseToBackground, parseToContent } from '../../../lib/messaging.ts';

describe('message validation on receipt', () => {
  it('accepts a well-formed request', () => {
    expect(parseToBackground({ type: 'getBriefing', entity: 3 })).toEqual({ type: 'getBriefing', entity: 3 });
    expect(parseToBackground({ type: 'getBriefing', entity: 3, shared: 0 })).toEqual({
      type: 'getBriefing',
      entity: 3,
      shared: 0,
    });
  });

  it('rejects an unknown type', () => {
    expect(() => parseToBackground({ type: 'deleteEverything' })).toThrow(InvalidMessageError);
  });

  it('names the field that is wrong', () => {
    expect(() => parseToBackground({ type: 'getBriefing', entity: 'person:ada' })).toThrow(/"entity"/);
    expect(() => parseToBackground({ type: 'getBriefing', entity: 1.5 })).toThrow(/"entity"/);
    expect(() => parseToBackground({ type: 'pageNames', count: -1 })).toThrow(/"count"/);
  });

  it('caps untrusted text so a huge paste cannot stall the background', () => {
    expect(parseToBackground({ type: 'search', query: 'x'.repeat(10_000) }).type).toBe('search');
    expect(() => parseToBackground({ type: 'search', query: 'x'.repeat(10_001) })).toThrow(/"query"/);
  });

  it('rejects non-objects and content messages sent the wrong way', () => {
    for (const raw of [null, undefined, 'getMatcher', 7, []]) {
      expect(() => parseToBackground(raw)).toThrow(InvalidMessageError);
    }
    expect(() => parseToBackground({ type: 'getPageState' })).toThrow(InvalidMessageError);
    expect(parseToContent({ type: 'getPageState' })).toEqual({ type: 'getPageState' });
  });
});
