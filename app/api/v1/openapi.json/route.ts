import { handle, json } from '@/lib/server/api';
import { openApiDocument } from '@/lib/server/openapi';
import { withEmbeds } from '@/lib/server/openapi-embeds';
import { withWrites } from '@/lib/server/openapi-writes';

export function GET(request: Request) {
  return handle(async () => json(withEmbeds(withWrites(openApiDocument(new URL(request.url).origin)))));
}
