import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addFileEvidence, addLinkEvidence } from '@/lib/evidence/add';
import { removeEvidence } from '@/lib/evidence/remove';
import { evidenceDir, pathFor, sha256 } from '@/lib/evidence/storage';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(resetDb);

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const unique = (bytes: Uint8Array) => new Uint8Array([...bytes, ...new TextEncoder().encode(`%${Math.random()}\n`)]);

function filesOnDisk() {
  const dir = evidenceDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe('evidence', () => {
  it('stores a real PDF by its SHA-256, never under the name it was given', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const bytes = unique(pdf);
    const evidence = await addFileEvidence(
      { claimId: claim.id, stance: 'supports', isPublic: 'on' },
      { name: '../../etc/report.pdf', bytes },
      reviewer,
    );
    expect(evidence).toMatchObject({ fileType: 'application/pdf', fileSha256: sha256(bytes), isPublic: true });
    expect(fs.readFileSync(pathFor(sha256(bytes)))).toEqual(Buffer.from(bytes));
    expect(await db.auditEvent.count({ where: { action: 'evidence.add', entityId: claim.id } })).toBe(1);
  });

  it('stores a file whose name has a NUL or half an emoji under a name the database can hold', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const upload = (name: string) =>
      addFileEvidence({ claimId: claim.id, stance: 'supports' }, { name, bytes: unique(pdf) }, reviewer);
    expect((await upload('re\u0000port.pdf')).fileName).toBe('report.pdf');
    // Cut at 255 UTF-16 units, this name would end in the first half of the emoji.
    const long = await upload(`${'a'.repeat(254)}😀${'b'.repeat(10)}.pdf`);
    expect(long.fileName).toBe(`${'a'.repeat(254)}😀`);
    expect(long.title).toBe(long.fileName);
    expect((await upload('\u0000\uD800.pdf')).fileName).toBe('.pdf');
  });

  it.each([
    ['an HTML page named .pdf', 'report.pdf', new TextEncoder().encode('<!doctype html><script>alert(1)</script>')],
    ['a PDF named .png', 'photo.png', pdf],
    ['an executable named .txt', 'notes.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3])],
    ['an empty file', 'empty.pdf', new Uint8Array()],
  ])('refuses %s, leaving no row and no file', async (_label, name, bytes) => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const before = filesOnDisk();
    const error = await addFileEvidence(
      { claimId: claim.id, stance: 'supports' },
      { name, bytes: unique(bytes) },
      reviewer,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', fieldErrors: { file: expect.any(String) } });
    expect(await db.evidence.count()).toBe(0);
    expect(filesOnDisk()).toEqual(before);
  });

  it('refuses a 21 MB file, leaving no row and no file', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(pdf);
    const before = filesOnDisk();
    await expect(
      addFileEvidence({ claimId: claim.id, stance: 'supports' }, { name: 'big.pdf', bytes: big }, reviewer),
    ).rejects.toMatchObject({ code: 'too_large', userMessage: 'Files can be at most 20 MB.' });
    expect(await db.evidence.count()).toBe(0);
    expect(filesOnDisk()).toEqual(before);
  });

  it('removes the file it wrote when the row cannot be written', async () => {
    const reviewer = await createUser();
    const bytes = unique(pdf);
    await expect(
      addFileEvidence({ claimId: 'no-such-claim', stance: 'supports' }, { name: 'a.pdf', bytes }, reviewer),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(fs.existsSync(pathFor(sha256(bytes)))).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://example.org/file',
    'not a url',
  ])('refuses the link %s and writes nothing', async (url) => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    await expect(
      addLinkEvidence({ claimId: claim.id, url, title: 'T', stance: 'refutes' }, reviewer),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { url: 'Give a web address starting with http:// or https://.' },
    });
    await expect(
      addLinkEvidence(
        { claimId: claim.id, url: 'https://ok.example', archiveUrl: url, title: 'T', stance: 'refutes' },
        reviewer,
      ),
    ).rejects.toMatchObject({ fieldErrors: { archiveUrl: expect.any(String) } });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('removal needs a reason, keeps the row and the file, and is audited', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const bytes = unique(pdf);
    const evidence = await addFileEvidence(
      { claimId: claim.id, stance: 'supports' },
      { name: 'a.pdf', bytes },
      reviewer,
    );
    await expect(removeEvidence({ evidenceId: evidence.id, reason: ' ' }, reviewer)).rejects.toMatchObject({
      fieldErrors: { reason: 'Say why this evidence is removed.' },
    });
    await removeEvidence({ evidenceId: evidence.id, reason: 'Wrong document' }, reviewer);
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
      removedReason: 'Wrong document',
      removedById: reviewer.id,
    });
    expect(fs.existsSync(pathFor(sha256(bytes)))).toBe(true);
    expect(await db.auditEvent.findFirst({ where: { action: 'evidence.remove' } })).toMatchObject({
      reason: 'Wrong document',
      actorId: reviewer.id,
    });
  });
});
