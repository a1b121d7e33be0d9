import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextOf, sanitiseArticleHtml } from './news.sanitise.js';

describe('article bodies are sanitised on the server', () => {
  it('keeps headings, paragraphs, lists, links and images', () => {
    const html =
      '<h2>Kết quả</h2><p>Đã <strong>quán triệt</strong> <em>đầy đủ</em>.</p><ul><li>Một</li></ul><ol><li>Hai</li></ol><p><a href="https://example.vn/a">Xem</a> <a href="mailto:vp@example.vn">Thư</a></p><img src="https://example.vn/a.png" alt="Ảnh">';
    const clean = sanitiseArticleHtml(html);
    for (const part of [
      '<h2>Kết quả</h2>',
      '<strong>quán triệt</strong>',
      '<ul><li>Một</li></ul>',
      '<ol><li>Hai</li></ol>',
      'href="https://example.vn/a"',
      'href="mailto:vp@example.vn"',
      '<img src="https://example.vn/a.png" alt="Ảnh" />',
    ]) {
      expect(clean).toContain(part);
    }
  });

  it.each([
    ['a script element', '<p>a</p><script>alert(1)</script>', /script|alert/i],
    ['an event handler', '<p onclick="alert(1)">a</p><img src="https://x.vn/a.png" onerror="alert(1)">', /onclick|onerror|alert/i],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a><a href="JaVaScRiPt:alert(1)">y</a><a href=" javascript:alert(1)">z</a>', /javascript|alert/i],
    ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a><a href="java&#x09;script:alert(1)">y</a>', /script|alert/i],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', /data:/i],
    ['a style element and attribute', '<style>p{}</style><p style="color:red">a</p>', /style|color/i],
    ['an iframe and svg', '<iframe src="https://x.vn"></iframe><svg><script>alert(1)</script></svg>', /iframe|svg|alert/i],
    ['a protocol-relative link', '<a href="//evil.example/x">x</a>', /evil/i],
    ['a form', '<form action="https://x.vn"><input name="a"><button>b</button></form>', /form|input|button/i],
  ])('drops %s', (_name, html, forbidden) => {
    expect(sanitiseArticleHtml(html)).not.toMatch(forbidden);
  });

  it('marks every kept link rel=noopener', () => {
    expect(sanitiseArticleHtml('<a href="https://x.vn" target="_blank" rel="opener">x</a>')).toBe(
      '<a href="https://x.vn" rel="noopener noreferrer nofollow">x</a>',
    );
  });

  it('never lets a tag with an on* attribute or a script through, whatever the input', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:x">',
      '</a>',
      '<svg onload=x>',
      'chữ',
      '<',
      '>',
      '"',
      "'",
      '<h2 onmouseover=1>',
      '<scr<script>ipt>',
      '&lt;script&gt;',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const clean = sanitiseArticleHtml(parts.join(''));
        expect(clean).not.toMatch(/<script|<svg|\son\w+=|javascript:/i);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the body as plain text', () => {
    expect(plainTextOf('<h2>Tiêu đề</h2><p>Nội  dung <b>chính</b></p>')).toBe('Tiêu đề Nội dung chính');
  });
});
