// Readiness for a load balancer or an orchestrator: 200 when this instance can read its database (and
// the schema is there), 503 otherwise. No data, no details of the failure (those go to the server log);
// never cached. Open even with PRIVATE=1 (proxy.ts): a balancer cannot sign in, and it learns nothing.
import { getDb } from '@/lib/server/db';

const HEADERS = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };

export async function GET() {
  const { db, engine, replica } = getDb();
  // With a read replica, anonymous readers depend on it as much as writers on the primary: both answer.
  const body = { database: engine, ...(replica ? { replica: true } : {}) };
  try {
    // The data version table is read on every cached answer: if it answers, the instance can serve.
    await Promise.all(
      [db, ...(replica ? [replica] : [])].map((d) => d.$queryRaw`SELECT COUNT(*) AS n FROM data_meta`),
    );
    return new Response(JSON.stringify({ status: 'ok', ...body }), { status: 200, headers: HEADERS });
  } catch (err) {
    console.error('Health check: the database did not answer', err);
    return new Response(JSON.stringify({ status: 'unavailable', ...body }), {
      status: 503,
      headers: HEADERS,
    });
  }
}
