/** Small server-rendered pages for the public portal: every value is escaped unless marked as trusted HTML. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** HTML that is already safe (built by `html` or sanitised on write). */
export class TrustedHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}
export const trusted = (value: string) => new TrustedHtml(value);

type Part = string | number | TrustedHtml | null | undefined | false | Part[];
const render = (part: Part): string => {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (part instanceof TrustedHtml) return part.value;
  return escapeHtml(String(part));
};

/** A template tag that escapes every interpolated value. */
export function html(strings: TemplateStringsArray, ...values: Part[]): TrustedHtml {
  return new TrustedHtml(strings.reduce((out, text, index) => out + text + (index < values.length ? render(values[index]) : ''), ''));
}

/** dd/mm/yyyy in Asia/Ho_Chi_Minh. */
export function formatPublicDate(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2937;background:#f6f7f9}
a{color:#a30d11;text-decoration:none}a:hover{text-decoration:underline}
header.site{background:#a30d11;color:#fff}header.site .bar{max-width:1080px;margin:auto;padding:12px 16px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
header.site a{color:#fff}header.site .brand{font-weight:700;font-size:1.15rem}
nav.categories{background:#fff;border-bottom:1px solid #e5e7eb}nav.categories .bar{max-width:1080px;margin:auto;padding:8px 16px;display:flex;flex-wrap:wrap;gap:16px}
main{max-width:1080px;margin:auto;padding:16px}h1{font-size:1.6rem;line-height:1.3;margin:.4em 0}h2{font-size:1.25rem}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin-bottom:12px}
.card img{max-width:100%;border-radius:6px}.meta{color:#6b7280;font-size:.9rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
article.body img{max-width:100%;height:auto}article.body{background:#fff;padding:16px 20px;border-radius:8px;border:1px solid #e5e7eb}
.cta{display:inline-block;background:#a30d11;color:#fff;padding:8px 14px;border-radius:6px}.cta:hover{color:#fff}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #e5e7eb;padding:6px 8px;text-align:left}td.n{text-align:right}
footer{max-width:1080px;margin:24px auto;padding:16px;color:#6b7280;font-size:.9rem}
`;

export interface PublicPage {
  title: string;
  description: string;
  /** Absolute URL of this page. */
  url: string;
  image?: string;
  type?: 'website' | 'article';
  siteName: string;
  nav: TrustedHtml;
  body: TrustedHtml;
}

export function renderPublicPage(page: PublicPage): string {
  return `<!doctype html>\n${html`<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} | ${page.siteName}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.url}">
<meta property="og:type" content="${page.type ?? 'website'}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${page.url}">
<meta property="og:site_name" content="${page.siteName}">
<meta property="og:locale" content="vi_VN">
${page.image ? html`<meta property="og:image" content="${page.image}">` : ''}
<style>${trusted(CSS)}</style>
</head>
<body>
${page.nav}
<main>${page.body}</main>
<footer>${page.siteName} · Cổng thông tin công khai</footer>
</body>
</html>`}`;
}
