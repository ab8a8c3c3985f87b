import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, fitEscaped, fitPlain, maskedLink, neutraliseMentions, safeUrl } from '../../../adapters/discord/escape.ts';
import { withoutEscapes } from './check.ts';

const ZWSP = '\u200B';

describe('escapeMarkdown', () => {
  it('escapes every markdown character so the text shows as typed', () => {
    expect(escapeMarkdown('a*b_c~d`e|f>g#h[i]j(k)l\\m<n')).toBe('a\\*b\\_c\\~d\\`e\\|f\\>g\\#h\\[i\\]j\\(k\\)l\\\\m\\<n');
  });

  it('cannot open a masked link: [click](https://evil)', () => {
    const s = escapeMarkdown('[click](https://evil.example/x)', { keepUrls: true });
    expect(s).toBe('\\[click\\]\\(https://evil.example/x\\)');
    expect(withoutEscapes(s)).not.toMatch(/\[.*\]\(/);
  });

  it('neutralises @everyone and @here with a zero-width space, and escapes user, role, channel and emoji mentions', () => {
    expect(escapeMarkdown('hi @everyone and @here')).toBe(`hi @${ZWSP}everyone and @${ZWSP}here`);
    expect(escapeMarkdown('@EVERYONE')).toBe(`@${ZWSP}EVERYONE`);
    expect(escapeMarkdown('<@123> <@!456> <@&789> <#1011> <:e:12> <t:1700000000>')).toBe('\\<@123\\> \\<@!456\\> \\<@&789\\> \\<\\#1011\\> \\<:e:12\\> \\<t:1700000000\\>');
  });

  it('escapes bold, italics, strike, spoilers, code and quotes', () => {
    expect(escapeMarkdown('**bold** __u__ ~~s~~ ||spoiler|| ```code```')).toBe('\\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`\\`\\`code\\`\\`\\`');
    expect(escapeMarkdown('> quoted\n>>> all')).toBe('\\> quoted\n\\>\\>\\> all');
  });

  it('escapes headings, subtext and lists at the start of a line only', () => {
    expect(escapeMarkdown('# Big\n-# small\n- item\n1. first\n 22. second')).toBe('\\# Big\n\\-\\# small\n\\- item\n1\\. first\n 22\\. second');
    expect(escapeMarkdown('£1.5 million - roughly 3. Then')).toBe('£1.5 million - roughly 3. Then');
  });

  it('leaves bare URLs clickable when asked (keepUrls) and escapes them otherwise', () => {
    const url = 'https://www.gov.uk/government/publications/local_skills_improvement_plans';
    expect(escapeMarkdown(`See ${url}.`, { keepUrls: true })).toBe(`See ${url}.`);
    expect(escapeMarkdown(url)).toContain('local\\_skills');
  });
});

describe('fitEscaped', () => {
  it('returns short text whole', () => {
    expect(fitEscaped('Knife crime', 20)).toBe('Knife crime');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const s = fitEscaped('The Department publishes statistics on knife crime every quarter', 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s).toBe('The Department publishes statistics on…');
  });

  it('never splits an escape sequence or leaves a dangling backslash', () => {
    const text = '**'.repeat(200) + ' ' + '_'.repeat(100);
    for (let max = 1; max < 120; max++) {
      const s = fitEscaped(text, max);
      expect(s.length).toBeLessThanOrEqual(max);
      expect(withoutEscapes(s.replace(/…$/, ''))).not.toMatch(/[\\*_]/);
    }
  });

  it('does not cut a surrogate pair in half', () => {
    const s = fitEscaped('🙂'.repeat(50), 11);
    expect(s.length).toBeLessThanOrEqual(11);
    expect(s).toMatch(/^(🙂)+…$/u);
  });

  it('fitPlain cuts unescaped text for footers and labels', () => {
    expect(fitPlain('UIN 1234 · tabled 2024-01-01 · named day', 20)).toBe('UIN 1234 · tabled…');
    expect(fitPlain('@here', 10)).toBe(`@${ZWSP}here`);
  });
});

describe('code spans, URLs and links', () => {
  it('a code span cannot be closed early by backticks in the text', () => {
    expect(codeSpan('a `b` c', 50)).toBe('`a ˋbˋ c`');
    expect(codeSpan('@everyone', 50)).toBe(`\`@${ZWSP}everyone\``);
    expect(codeSpan('x'.repeat(100), 20).length).toBeLessThanOrEqual(20);
  });

  it('accepts only http(s) URLs and encodes characters that could end a link', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl('https://example.org/a_(b)')).toBe('https://example.org/a_%28b%29');
    expect(safeUrl('https://example.org/' + 'x'.repeat(600), 512)).toBeUndefined();
  });

  it('a masked link escapes its text and fits its budget', () => {
    expect(maskedLink('[click](https://evil)', 'https://questions-statements.parliament.uk/x', 200)).toBe(
      '[\\[click\\]\\(https://evil\\)](https://questions-statements.parliament.uk/x)',
    );
    const long = maskedLink('word '.repeat(100), 'https://example.org/p', 60);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^\[word( word)*…\]\(https:\/\/example\.org\/p\)$/);
    expect(maskedLink('text', 'javascript:alert(1)', 50)).toBe('text');
  });

  it('neutraliseMentions leaves other @ text alone', () => {
    expect(neutraliseMentions('email@example.org @someone')).toBe('email@example.org @someone');
  });
});
