import { createTranslator } from 'use-intl/core';
import { embedPath, iframeSnippet } from '@/lib/embed/links';
import { oembedSize, oembedTarget, parseOembedParams } from '@/lib/embed/oembed';
import { localizedPath } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { ApiProblem, badParameters, handle, json } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { publicOrigin } from '@/lib/server/origin';
import { getRecord } from '@/lib/server/queries/records';
import { getVocabulary } from '@/lib/server/vocabulary';
import { parseEmbedParams, writeEmbedParams } from '@/lib/url/embed-params';
import { parseLocation } from '@/lib/url/location';

const notOurs = (url: string) =>
  new ApiProblem(404, {
    error: {
      code: 'not_found',
      message: `${url} is not a Compact Atlas chart, dashboard or record that can be embedded.`,
    },
  });

/** oEmbed: the embed code (type "rich") for the address of a chart, a dashboard or a record. */
export function GET(request: Request) {
  return handle(async () => {
    const requestUrl = new URL(request.url);
    const parsed = parseOembedParams(requestUrl.searchParams);
    if (!parsed.ok) {
      if (parsed.status === 501)
        return json(
          { error: { code: 'not_implemented', message: parsed.issues[0]!.message } },
          { status: 501 },
        );
      throw badParameters(parsed.issues);
    }
    const { url, maxwidth, maxheight } = parsed.request;
    const origin = publicOrigin(request.headers, requestUrl.origin);
    const target = oembedTarget(url, [...new Set([origin, requestUrl.origin])]);
    if (!target) throw notOurs(url);
    const t = createTranslator({ locale: target.locale, messages: MESSAGES[target.locale] });

    let src: string;
    let title: string;
    let size: { width: number; height: number };
    if (target.kind === 'record') {
      const record = await getRecord(await readDb(), target.id, target.locale);
      if (!record) throw notOurs(url);
      src = localizedPath(target.locale, `/embed/record/${encodeURIComponent(record.id)}`);
      title = record.title;
      size = oembedSize('record', maxwidth, maxheight);
    } else {
      // The address's filter and view, canonical; values this atlas does not know are left out.
      const { filter, view } = parseLocation(target.search, await getVocabulary(), { embed: true });
      const { options } = parseEmbedParams(target.search);
      const qs = writeEmbedParams(new URLSearchParams(), { ...options, lang: null }).toString();
      const base = embedPath(target.chart, filter, view, target.locale);
      src = qs ? `${base}${base.includes('?') ? '&' : '?'}${qs}` : base;
      title = `${t(`embed.chart.${target.chart}`)} · Compact Atlas`;
      size = oembedSize(target.chart, maxwidth, maxheight);
    }
    return json(
      {
        version: '1.0',
        type: 'rich',
        provider_name: 'Compact Atlas',
        provider_url: `${origin}/`,
        title,
        html: iframeSnippet(`${origin}${src}`, title, size.height, size.width),
        width: size.width,
        height: size.height,
        cache_age: 3600,
      },
      { headers: { 'access-control-allow-origin': '*' } },
    );
  });
}
