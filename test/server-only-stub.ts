// Vitest runs server modules directly; `server-only` guards the Next.js bundle, not tests.
export {};
