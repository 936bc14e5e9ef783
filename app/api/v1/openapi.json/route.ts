import { handle, json } from '@/lib/server/api';
import { openApiDocument } from '@/lib/server/openapi';

export function GET(request: Request) {
  return handle(async () => json(openApiDocument(new URL(request.url).origin)));
}
