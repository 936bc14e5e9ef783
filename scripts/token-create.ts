// npm run token:create -- --role editor [--name "partner sync"]
// Creates an API token and prints it once; only its hash is stored. Revoke it on the admin page.
import os from 'node:os';
import { createApiToken } from '../lib/auth/tokens';
import { createDb } from '../lib/db/client';
import { parseArgs } from './cli-args';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const role = args.str('role') ?? 'editor';
  const name = args.str('name') ?? `created on the command line by ${os.userInfo().username}`;
  const { db } = createDb();
  try {
    const { token, info } = await createApiToken(db, { name, role });
    console.log(`Created ${info.role} token "${info.name}". Send it as: Authorization: Bearer ${token}`);
    console.log('It is shown only now: store it somewhere safe.');
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
