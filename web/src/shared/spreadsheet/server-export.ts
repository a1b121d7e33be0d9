import { apiUrl, type QueryParams, raiseFor } from '../api/client';
import { networkError } from '../api/api-error';
import { downloadBlob } from './index';

export interface ExportProgress {
  /** Rows the list holds, as the server counted them; null when the list does not count. */
  rows: number | null;
  received: number;
  /** The server's estimate of the file's size, for a bar; the file may end a little before or after. */
  estimatedBytes: number | null;
}

const fileNameOf = (disposition: string | null) => {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : 'export.xlsx';
};

const headerNumber = (response: Response, name: string) => {
  const value = response.headers.get(name);
  return value === null ? null : Number(value);
};

/**
 * Downloads a server-built .xlsx (GET <path>/export.xlsx with the list's filters), reading the stream
 * as it comes so the caller can show how far it is, then hands the file to the browser.
 */
export async function downloadServerExport(path: string, query: QueryParams, onProgress: (progress: ExportProgress) => void, signal: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { credentials: 'same-origin', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw networkError();
  }
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not a problem document: the status alone says what failed
    }
    raiseFor(path, response.status, body);
  }
  const progress: ExportProgress = {
    rows: headerNumber(response, 'x-export-rows'),
    received: 0,
    estimatedBytes: headerNumber(response, 'x-export-estimated-bytes'),
  };
  onProgress({ ...progress });
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    chunks.push(part.value);
    progress.received += part.value.byteLength;
    onProgress({ ...progress });
  }
  const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? undefined });
  downloadBlob(blob, fileNameOf(response.headers.get('content-disposition')));
  return progress;
}
