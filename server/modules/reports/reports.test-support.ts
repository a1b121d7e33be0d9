import JSZip from 'jszip';
import type { api } from '../../test/http.js';

type Client = ReturnType<typeof api>;

/** Polls a run until it is done or failed (the generation runs after the request's answer). */
export async function waitForRun(client: Client, id: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const run = (await client.get(`/api/v1/reports/runs/${id}`)).json();
    if (run.status === 'done' || run.status === 'failed') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the report run did not finish');
}

/** The text of word/document.xml, paragraph by paragraph, and its tables as rows of cell texts. */
export async function readDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const textOf = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  const paragraphs = xml.split('</w:p>').map(textOf);
  const rows = xml.split('</w:tr>').map((row) => row.split('</w:tc>').slice(0, -1).map(textOf));
  return { xml, text: paragraphs.join('\n'), rows, zip };
}
