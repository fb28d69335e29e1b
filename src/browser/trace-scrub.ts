// Playwright traces record request and response headers (Cookie: li_at=…, Set-Cookie) and page
// snapshots (CSRF tokens). Before a trace is left on disk, every text entry of its zip is rewritten
// through scrubText with the session's cookie values. A zip we cannot parse is deleted, not kept:
// a trace is a debugging aid, a leaked session is not recoverable.
import { chmodSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { scrubText } from '../log/redaction.ts';

export interface Entry {
  name: string;
  data: Buffer;
}

const BINARY_EXT = /\.(jpe?g|png|webp|gif|ico|woff2?|ttf|otf|eot|wasm|mp4|webm)$/i;

/** Entries of a zip file (stored or deflated, no zip64). */
export function readZipEntries(buf: Buffer): Entry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new Error('zip64 is not supported');
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`unsupported zip method ${method}`);
    entries.push({ name, data });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function dosDateTime(d = new Date()): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function writeZip(entries: Entry[]): Buffer {
  const { time, date } = dosDateTime();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const comp = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(time, 10);
    lh.writeUInt16LE(date, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(e.data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(time, 12);
    ch.writeUInt16LE(date, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(e.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, comp);
    centrals.push(ch, name);
    offset += lh.length + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function scrubEntry(e: Entry, secrets: readonly string[]): Entry {
  if (BINARY_EXT.test(e.name)) {
    // Binary parts are kept as they are unless a secret's bytes occur in them (then masked in place).
    let data = e.data;
    for (const s of secrets) {
      const needle = Buffer.from(s, 'utf8');
      let i = data.indexOf(needle);
      while (i >= 0) {
        if (data === e.data) data = Buffer.from(e.data);
        data.fill(0x58, i, i + needle.length);
        i = data.indexOf(needle, i + needle.length);
      }
    }
    return { name: e.name, data };
  }
  return { name: e.name, data: Buffer.from(scrubText(e.data.toString('utf8'), secrets), 'utf8') };
}

/** Rewrites a trace zip with secrets removed; deletes it if it cannot be rewritten. Returns whether it was kept. */
export function scrubTraceFile(path: string, secrets: readonly string[]): boolean {
  try {
    const entries = readZipEntries(readFileSync(path)).map((e) => scrubEntry(e, secrets));
    writeFileSync(path, writeZip(entries), { mode: 0o600 });
    chmodSync(path, 0o600);
    return true;
  } catch {
    try {
      unlinkSync(path);
    } catch {
      // nothing to delete
    }
    return false;
  }
}
