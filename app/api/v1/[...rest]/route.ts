import { json } from '@/lib/server/api';

function unknownEndpoint(request: Request) {
  const path = new URL(request.url).pathname;
  return json(
    {
      error: {
        code: 'not_found',
        message: `No endpoint ${path}. The endpoints are listed at /api/v1/openapi.json.`,
      },
    },
    { status: 404, headers: { 'cache-control': 'no-store' } },
  );
}

export {
  unknownEndpoint as GET,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
  unknownEndpoint as PATCH,
  unknownEndpoint as DELETE,
};
