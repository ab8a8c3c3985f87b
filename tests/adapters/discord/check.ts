// Independent checks on rendered Discord messages (not using the adapter's own limitViolations).
import { expect } from 'vitest';

type AnyMessage = { content?: string | null; embeds?: any[]; components?: any[] };

/** `s` with every backslash escape replaced by two placeholder characters (same length). */
export function withoutEscapes(s: string): string {
  return s.replace(/\\[\s\S]/g, '\u0000\u0000');
}

/** Every markdown string in a message: content, embed titles, descriptions, field names and values. */
export function markdownStrings(m: AnyMessage): string[] {
  const out: string[] = [];
  if (m.content) out.push(m.content);
  for (const e of m.embeds ?? []) {
    if (e.title) out.push(e.title);
    if (e.description) out.push(e.description);
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  return out;
}

export function embedChars(embeds: any[]): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

export function expectWithinLimits(m: AnyMessage): void {
  expect((m.content ?? '').length).toBeLessThanOrEqual(2000);
  const embeds = m.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  expect(embedChars(embeds)).toBeLessThanOrEqual(6000);
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(2048);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
  }
  const rows = m.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      if (b.label) expect(b.label.length).toBeLessThanOrEqual(80);
      if (b.custom_id) expect(b.custom_id.length).toBeLessThanOrEqual(100);
      if (b.url) expect(b.url.length).toBeLessThanOrEqual(512);
    }
  }
}

/** No text that pings or opens a link to somewhere other than `allowedUrls` (the records' own pages). */
export function expectNoPingsOrForeignLinks(m: AnyMessage, allowedUrls: string[]): void {
  for (const s of markdownStrings(m)) {
    expect(s, 'raw @everyone/@here').not.toMatch(/@(everyone|here)/i);
    // Inside inline code Discord shows mention and link syntax literally: blank code spans out.
    const bare = withoutEscapes(s).replace(/`[^`\n]*`/g, (c) => '\u0000'.repeat(c.length));
    expect(bare, 'unescaped mention syntax').not.toMatch(/<[@#/:]|<a:|<t:/);
    for (const link of bare.matchAll(/\[[^\]\n]*\]\(([^)\s]*)\)/g)) {
      const start = link.index! + link[0].indexOf('](') + 2;
      const url = s.slice(start, start + link[1]!.length);
      expect(allowedUrls, `masked link to ${url}`).toContain(url);
    }
  }
  for (const e of m.embeds ?? []) if (e.url) expect(allowedUrls).toContain(e.url);
}
