// Assertions shared by the Slack tests: a message is within every Slack limit, and no text in
// it can ping anyone or carry a link the adapter did not make.
import { expect } from 'vitest';
import { SLACK_LIMITS as L } from '../../../adapters/slack/limits.ts';

type AnyBlock = Record<string, any>;

/** Every text string in a message (mrkdwn and plain), with where it came from. */
export function texts(msg: { text?: string; blocks?: AnyBlock[] }): { where: string; text: string; type: string }[] {
  const out: { where: string; text: string; type: string }[] = [];
  if (msg.text !== undefined) out.push({ where: 'text', text: msg.text, type: 'mrkdwn' });
  (msg.blocks ?? []).forEach((b, i) => {
    if (b.text) out.push({ where: `blocks[${i}].text`, text: b.text.text, type: b.text.type });
    (b.fields ?? []).forEach((f: AnyBlock, j: number) => out.push({ where: `blocks[${i}].fields[${j}]`, text: f.text, type: f.type }));
    (b.elements ?? []).forEach((e: AnyBlock, j: number) => {
      if (typeof e.text === 'string') out.push({ where: `blocks[${i}].elements[${j}]`, text: e.text, type: e.type });
      else if (e.text?.text) out.push({ where: `blocks[${i}].elements[${j}].text`, text: e.text.text, type: e.text.type });
    });
  });
  return out;
}

/** Fails with the offending path when any Slack limit is exceeded. */
export function expectWithinLimits(msg: { text?: string; blocks?: AnyBlock[] }): void {
  const blocks = msg.blocks ?? [];
  expect(blocks.length, 'blocks per message').toBeLessThanOrEqual(L.blocksPerMessage);
  expect(blocks.length, 'a message has at least one block').toBeGreaterThan(0);
  if (msg.text !== undefined) expect(msg.text.length, 'fallback text').toBeLessThanOrEqual(L.fallbackText);
  blocks.forEach((b, i) => {
    const at = `blocks[${i}] (${b.type})`;
    if (b.block_id) expect(b.block_id.length, `${at} block_id`).toBeLessThanOrEqual(L.blockId);
    switch (b.type) {
      case 'section':
        expect(b.text.text.length, `${at} text`).toBeLessThanOrEqual(L.sectionText);
        expect(b.text.text.length, `${at} text is not empty`).toBeGreaterThan(0);
        if (b.fields) {
          expect(b.fields.length).toBeLessThanOrEqual(L.sectionFields);
          for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(L.sectionFieldText);
        }
        break;
      case 'header':
        expect(b.text.text.length, `${at} header`).toBeLessThanOrEqual(L.headerText);
        break;
      case 'context':
        expect(b.elements.length, `${at} elements`).toBeLessThanOrEqual(L.contextElements);
        expect(b.elements.length).toBeGreaterThan(0);
        for (const e of b.elements) expect(e.text.length, `${at} element`).toBeLessThanOrEqual(L.contextElementText);
        break;
      case 'actions':
        expect(b.elements.length, `${at} elements`).toBeLessThanOrEqual(L.actionsElements);
        expect(b.elements.length).toBeGreaterThan(0);
        for (const e of b.elements) {
          expect(e.text.text.length, `${at} button text`).toBeLessThanOrEqual(L.buttonText);
          if (e.value !== undefined) expect(e.value.length, `${at} button value`).toBeLessThanOrEqual(L.buttonValue);
          if (e.url !== undefined) expect(e.url.length, `${at} button url`).toBeLessThanOrEqual(L.buttonUrl);
          expect(e.action_id.length).toBeLessThanOrEqual(L.actionId);
        }
        break;
      case 'divider':
        break;
      default:
        throw new Error(`${at}: unexpected block type`);
    }
  });
}

/**
 * No ping and no foreign link anywhere: every <…> sequence is a link to one of `allowedHosts`
 * (or the sharer's own mention when `allowedMention` is given); no bare @channel/@here/@everyone;
 * every & starts an entity.
 */
export function expectNoPingsOrForeignLinks(
  msg: { text?: string; blocks?: AnyBlock[] },
  opts: { allowedHosts?: string[]; allowedMention?: string } = {},
): void {
  const hosts = opts.allowedHosts ?? ['questions-statements.parliament.uk'];
  for (const t of texts(msg)) {
    if (t.type === 'plain_text') continue;
    for (const m of t.text.matchAll(/<([^>]*)>?/g)) {
      const inner = m[1]!;
      if (opts.allowedMention && inner === `@${opts.allowedMention}`) continue;
      const link = /^(https?:\/\/[^|\s<>]+)\|[^<]*$/.exec(inner);
      expect(link, `${t.where}: "<${inner}>" is not a link the adapter made`).not.toBeNull();
      expect(m[0].endsWith('>'), `${t.where}: unterminated <`).toBe(true);
      expect(hosts, `${t.where}: link host`).toContain(new URL(link![1]!.replace(/&amp;/g, '&')).host);
    }
    expect(t.text, `${t.where}: bare broadcast mention`).not.toMatch(/@(channel|here|everyone)\b/i);
    for (const m of t.text.matchAll(/&/g)) {
      expect(t.text.slice(m.index!), `${t.where}: & must start an entity`).toMatch(/^&(amp|lt|gt);/);
    }
  }
}
