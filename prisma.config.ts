// Prisma CLI configuration. The provider cannot come from an environment variable inside one schema,
// so each engine has its own schema folder (base file + symlink to prisma/models.prisma) and its own
// committed migrations; DATABASE_URL picks the folder and the driver adapter. The 'js' engine runs
// migrations through WebAssembly, so no native engine binary is ever downloaded.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createAdapter, databaseUrl, engineOf } from './prisma/adapter';

const url = databaseUrl();
const engine = engineOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', engine),
  migrations: { path: path.join('prisma', engine, 'migrations') },
  adapter: async () => createAdapter(url),
});
