// Uploads are written to a temporary file as they arrive (never held in memory) and refused past the
// cap: the import then reads the file twice (validate, then write).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export class TooLarge extends Error {}

export async function spool(
  body: ReadableStream<Uint8Array> | null,
  max = MAX_IMPORT_BYTES,
  dir = os.tmpdir(),
): Promise<string> {
  const file = path.join(dir, `atlas-import-${randomUUID()}`);
  const out = fs.createWriteStream(file, { mode: 0o600 });
  let size = 0;
  try {
    if (body)
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > max) throw new TooLarge(`The file is larger than ${Math.round(max / 1024 / 1024)} MB.`);
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    return file;
  } catch (err) {
    // The file is opened asynchronously: wait for the stream to close, or removing it could come first
    // and the open would then leave an empty file behind.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()).destroy());
    fs.rmSync(file, { force: true });
    throw err;
  }
}
