import 'server-only';
// The oEmbed discovery link of a page (<link rel="alternate" type="application/json+oembed">), so a
// CMS given the page's address finds its embed code by itself.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { publicOrigin } from './origin';

export async function oembedAlternates(pathAndQuery: string): Promise<Metadata['alternates']> {
  const origin = publicOrigin(await headers());
  const url = `${origin}${pathAndQuery}`;
  return {
    types: {
      'application/json+oembed': `${origin}/api/v1/oembed?url=${encodeURIComponent(url)}&format=json`,
    },
  };
}
