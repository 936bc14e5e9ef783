// POST /api/v1/assist/extract (editor): reads a news article or press release and returns the article
// assistant's proposal for a draft record (lib/assistant/types.ts, Proposal). Nothing is written and
// nothing leaves the server: the dictionary and rules are the shipped ones.
import { extractDraft } from '@/lib/assistant/extract';
import { handle, json } from '@/lib/server/api';
import { getAssistantDictionary, readExtractInput } from '@/lib/server/assistant';
import { authorize } from '@/lib/server/auth';

export function POST(request: Request) {
  return handle(async () => {
    await authorize(request, 'editor');
    const input = await readExtractInput(request);
    const proposal = extractDraft(input, await getAssistantDictionary());
    // The article may be unpublished or under embargo: never kept by a cache.
    return json(proposal, { headers: { 'cache-control': 'no-store' } });
  });
}
