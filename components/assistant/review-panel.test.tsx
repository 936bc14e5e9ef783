// An article is untrusted text: whatever markup it carries is shown as text in the review (the
// suggestions, the quoted excerpt, the article pane with its highlights), never parsed as HTML.
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDictionary } from '@/lib/assistant/__fixtures__/load';
import { extractDraft } from '@/lib/assistant/extract';
import type { Proposal } from '@/lib/assistant/types';
import { MESSAGES } from '@/lib/i18n/messages';
import { ArticleText } from './article-text';
import { ReviewPanel } from './review-panel';
import { evidenceOf, initialReview, keyOf } from './review-model';

const EVIL = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const TEXT = `Geneva – Viet Nam and IOM signed an agreement on labour migration ${EVIL} in Geneva on 3 May 2024.\nAmbassador Lê Thi Tuyêt Mai ${EVIL} said the agreement protects migrant workers.`;

let p: Proposal;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await testDictionary();
  cleanup = t.cleanup;
  p = extractDraft({ text: TEXT, publishedOn: '2024-05-04' }, t.dict);
});
afterAll(() => cleanup());

function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
}

const options = {
  places: [{ id: 'geneva', name: 'Geneva' }],
  topics: [],
  objectives: [],
  actorNames: { VNM: 'Viet Nam' },
  actorAcronyms: { iom: 'IOM' },
  kindLabels: {},
};

describe('the review of an article with markup in it', () => {
  it('has suggestions resting on the sentences with the markup', () => {
    expect(p.actors.map((a) => a.actorId).sort()).toEqual(['VNM', 'iom']);
    expect(p.excerpt?.text).toContain(EVIL);
  });

  it('renders the panel, the excerpt and the article as text', () => {
    const html = renderToStaticMarkup(
      <IntlProvider locale="en" messages={MESSAGES.en} timeZone="UTC">
        <ReviewPanel
          proposal={p}
          text={TEXT}
          review={initialReview(p)}
          setReview={() => undefined}
          options={options}
          onContinue={() => undefined}
          onEditArticle={() => undefined}
          onDiscard={() => undefined}
        />
      </IntlProvider>,
    );
    expectInert(html);
    expect(html).toContain('Viet Nam');
    expect(html).toContain('aria-pressed="false"');
  });

  it('marks the evidence in the article, still as text', () => {
    const evidence = evidenceOf(p, keyOf.excerpt, initialReview(p));
    const html = renderToStaticMarkup(
      <ArticleText text={TEXT} sentences={p.sentences} evidence={evidence} lang="en" label="The article" />,
    );
    expectInert(html);
    expect(html).toMatch(/<mark class="assist-article__sentence">/);
    expect(html.match(/<mark/g)).toHaveLength(1);
  });
});
