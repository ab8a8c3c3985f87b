import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/ingest/html.ts';
import { fixture } from './helpers.ts';

describe('decodeEntities', () => {
  it('decodes named entities, including Latin-1 and typographic ones', () => {
    expect(decodeEntities('&pound;5 &amp; &lt;b&gt; &quot;q&quot; &rsquo;s &ndash; &mdash; &eacute;&hellip;')).toBe('£5 & <b> "q" ’s – — é…');
    expect(decodeEntities('a&nbsp;b')).toBe('a\u00a0b');
  });
  it('decodes decimal and hex references, mapping 128–159 to Windows-1252', () => {
    expect(decodeEntities('&#8217;&#x2019;&#X2013;&#163;&#146;&#150;')).toBe('’’–£’–');
  });
  it('leaves unknown or unterminated references alone (URLs carry "&id=")', () => {
    expect(decodeEntities('?a=1&id=2&S; &bogus; &amp')).toBe('?a=1&id=2&S; &bogus; &amp');
    expect(decodeEntities('&#0; &#xD800;')).toBe('\uFFFD \uFFFD');
  });
});

describe('htmlToText', () => {
  it('separates paragraphs by a blank line and drops empty ones (&nbsp; paragraphs)', () => {
    expect(htmlToText('<p>One.</p><p>&nbsp;</p><p> </p><p>Two\n   words.</p>')).toBe('One.\n\nTwo words.');
  });
  it('turns <br> into a newline', () => {
    expect(htmlToText('<p>line one<br>line two<br/>line three</p>')).toBe('line one\nline two\nline three');
  });
  it('writes lists as "- item", one a line, nested ones indented', () => {
    expect(htmlToText('<p>Intro:</p><ul><li><p>first</p></li><li>second<ol><li>inner</li></ol></li></ul><p>After.</p>')).toBe(
      'Intro:\n\n- first\n- second\n  - inner\n\nAfter.',
    );
  });
  it('flattens a table one row a line, cells joined by " | ", header rows first', () => {
    const html = '<table><tbody><tr><td><p>Bullying</p></td><td><p>17</p></td></tr></tbody><thead><tr><th>Category</th><th>2019</th></tr></thead></table>';
    expect(htmlToText(html)).toBe('Category | 2019\nBullying | 17');
  });
  it('converts a real detail answer with a table', () => {
    const item = JSON.parse(readFileSync(fixture('detail-table.json'), 'utf8'));
    expect(htmlToText(item.value.answerText)).toBe(
      [
        'The below table shows the number of admissible complaints withdrawn before determination across the Royal Navy, Army and RAF.',
        '',
        '| Year |',
        'Reporting Category | 2019 | 2020 | 2021 | 2022 | 2023 | Total',
        'Bullying | 17 | 16 | 11 | 12 | 9 | 65',
        'Discrimination | 8 | 9 | 6 | 3 | 2 | 28',
        'Harassment | 8 | 5 | 3 | 3 | 0 | 19',
        '',
        'This information is not centrally held for civilian complaints.',
      ].join('\n'),
    );
  });
  it('keeps link text, drops scripts, styles and comments', () => {
    expect(htmlToText('<p>See <a href="https://www.gov.uk/x?a=1&amp;b=2">the guidance</a>.<script>alert(1)</script><!-- note --><style>p{}</style></p>')).toBe(
      'See the guidance.',
    );
  });
  it('is tolerant of broken markup: stray "<", unclosed tags, unterminated tag', () => {
    expect(htmlToText('<p>x < 5 and y<3')).toBe('x < 5 and y<3');
    expect(htmlToText('<table><tr><td>a<td>b<tr><td>c')).toBe('a | b\nc');
    expect(htmlToText('<p>text <a href="x')).toBe('text <a href="x');
    expect(htmlToText('')).toBe('');
  });
});
