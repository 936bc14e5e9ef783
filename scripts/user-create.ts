// npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--password-stdin]
// Creates a staff account (the first admin, typically). Without --password-stdin a strong password is
// generated and printed once. Uses the same code as the admin page.
import { randomBytes } from 'node:crypto';
import { createAuth } from '../lib/auth/auth';
import { createStaffUser, UserError } from '../lib/auth/users';
import { createDb } from '../lib/db/client';
import { parseArgs, readStdin } from './cli-args';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const email = args.str('email');
  const role = args.str('role') ?? 'viewer';
  if (!email) {
    console.error(
      'Usage: npm run user:create -- --email you@example.org --role viewer|editor|admin [--name "…"] [--password-stdin]',
    );
    process.exit(2);
  }
  const generated = !args.has('password-stdin');
  const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
  const { db, engine } = createDb();
  try {
    const user = await createStaffUser(createAuth(db, engine), db, {
      email,
      role,
      password,
      name: args.str('name'),
    });
    console.log(`Created ${user.role} ${user.email} (${engine}).`);
    if (generated) console.log(`Password (shown once): ${password}`);
  } catch (err) {
    console.error(err instanceof UserError ? err.message : err);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
