import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits sentences glued without a space, as in the founding article', () => {
    expect(texts('la gestion des défis migratoires.Elle a évoqué la santé.Le Vietnam s’est engagé.')).toEqual(
      ['la gestion des défis migratoires.', 'Elle a évoqué la santé.', 'Le Vietnam s’est engagé.'],
    );
  });

  it('does not split after titles, initials or dotted acronyms', () => {
    expect(texts('a déclaré M. Othman Belbeisi, Directeur régional. Il a remercié Dr. Workneh.')).toEqual([
      'a déclaré M. Othman Belbeisi, Directeur régional.',
      'Il a remercié Dr. Workneh.',
    ]);
    expect(texts('William L. Swing met the U.S. Government in Geneva. Talks went well.')).toHaveLength(2);
    expect(texts('See www.iom.int for details. Then go.')).toEqual([
      'See www.iom.int for details.',
      'Then go.',
    ]);
  });

  it('ends a sentence at a line break that starts a new line, keeps a wrapped line together', () => {
    expect(texts('IOM and ECO to Sign Pact\nIOM and ECO will sign\na memorandum today.')).toEqual([
      'IOM and ECO to Sign Pact',
      'IOM and ECO will sign\na memorandum today.',
    ]);
  });

  it('joins the lines of hard-wrapped copy and still ends paragraphs', () => {
    const text = [
      'Philippine Government, IOM, UNHCR Sign Refugee Transit Agreement',
      '',
      'The Philippines, IOM and the UN High Commissioner for Refugees',
      '(UNHCR) yesterday signed a Memorandum of Agreement on providing',
      'emergency transit facilities. The deal, signed by Philippines Secretary',
      'Alberto Romulo and senior representatives of IOM and UNHCR, is the',
      'first formal arrangement of its kind.',
    ].join('\n');
    expect(texts(text).map((t) => t.replace(/\n/g, ' '))).toEqual([
      'Philippine Government, IOM, UNHCR Sign Refugee Transit Agreement',
      'The Philippines, IOM and the UN High Commissioner for Refugees (UNHCR) yesterday signed a Memorandum of Agreement on providing emergency transit facilities.',
      'The deal, signed by Philippines Secretary Alberto Romulo and senior representatives of IOM and UNHCR, is the first formal arrangement of its kind.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(
      texts('“It is a priority,” said Ploumen. «\u00a0Ce plan est clé\u00a0», a-t-il dit. Fin.'),
    ).toEqual(['“It is a priority,” said Ploumen.', '«\u00a0Ce plan est clé\u00a0», a-t-il dit.', 'Fin.']);
  });

  it('gives offsets that point back into the text', () => {
    const text = '  Genève (VNA) – Le Vietnam a soutenu l’OIM.Elle a parlé.\n\nPhoto: OIM ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2]!.text).toBe('Photo: OIM');
  });
});
