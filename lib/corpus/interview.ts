// Question-and-answer interviews: the answers are the interviewee's words even without quotation marks.
// A text counts as an interview when it has at least two question paragraphs each followed by an answer,
// and the answers speak in the first person (or questions are marked "Q:").
import type { Ref } from './refs.ts';
import type { Draft } from './registry.ts';

export interface InterviewPara {
  text: string;
  refs: Ref[];
  hasQuotes: boolean;
}

export interface Answer {
  paragraph: number;
  start: number;
  end: number;
}

export interface Interview {
  interviewee: number;
  answers: Answer[];
}

const MAX_QUESTION_CHARS = 300;
const MARKED_QUESTION = /^(?:q|question|interviewer)\s*[:.–—-]\s*/i;
const MARKED_ANSWER = /^(?:a|answer)\s*[:.–—-]\s*/i;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|we've|we’ve|my|our|me|us)\b/iu;

function isQuestion(text: string): boolean {
  if (MARKED_QUESTION.test(text)) return true;
  return text.length <= MAX_QUESTION_CHARS && /\?["”’)]*$/u.test(text) && !/[“”"«»]/u.test(text);
}

export function findInterview(paras: readonly InterviewPara[], drafts: readonly Draft[]): Interview | undefined {
  const blocks: number[][] = [];
  let marked = false;
  for (let i = 0; i < paras.length; i++) {
    const q = paras[i] as InterviewPara;
    if (!isQuestion(q.text)) continue;
    if (MARKED_QUESTION.test(q.text)) marked = true;
    const block: number[] = [];
    for (let j = i + 1; j < paras.length && !isQuestion((paras[j] as InterviewPara).text); j++) block.push(j);
    if (block.length > 0) blocks.push(block);
  }
  if (blocks.length === 0 || (!marked && blocks.length < 2)) return undefined;

  const inAnswers = new Set(blocks.flat());
  const counts = new Map<number, number>();
  paras.forEach((p, i) => {
    if (inAnswers.has(i)) return;
    for (const r of p.refs) {
      if (r.entity < 0 || drafts[r.entity]?.kind !== 'person' || r.quoted) continue;
      counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
    }
  });
  let interviewee = -1;
  let best = 0;
  for (const [e, n] of counts) {
    if (n > best) {
      best = n;
      interviewee = e;
    }
  }
  if (interviewee < 0) return undefined;

  const answers: Answer[] = [];
  for (const block of blocks) {
    for (const [k, j] of block.entries()) {
      const para = paras[j] as InterviewPara;
      // After the first answer paragraph, narration resumes once the interviewee is named or quoted.
      const narrative = para.hasQuotes || para.refs.some((r) => r.entity === interviewee && r.type === 'name');
      if (k > 0 && narrative) break;
      const prefix = MARKED_ANSWER.exec(para.text)?.[0].length ?? 0;
      answers.push({ paragraph: j, start: prefix, end: para.text.length });
    }
  }
  const firstPerson = answers.filter((a) => FIRST_PERSON.test((paras[a.paragraph] as InterviewPara).text)).length;
  if (!marked && firstPerson < answers.length / 2) return undefined;
  return { interviewee, answers };
}
