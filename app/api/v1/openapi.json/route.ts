import { handle, json } from '@/lib/server/api';
import { openApiDocument } from '@/lib/server/openapi';
import { withWrites } from '@/lib/server/openapi-writes';

export function GET(request: Request) {
  return handle(async () => json(withWrites(openApiDocument(new URL(request.url).origin))));
}
