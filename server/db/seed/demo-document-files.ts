import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { addFile } from '../../modules/documents/index.js';
import type { Actor } from '../../platform/actor.js';
import type { FileStore } from '../../platform/files.js';
import type { demoWorkContext } from './demo-context.js';

/** What a demo document's file says: the register's fields, then a body written for the demo. */
export interface DemoDocumentText {
  issuingBody: string;
  number: string;
  issueDate: string;
  title: string;
  body: string[];
}

const FONT = 'Times New Roman';
const line = (text: string, options: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun({ text, font: FONT, size: (options.size ?? 13) * 2, bold: options.bold, italics: options.italics })],
  });

/** The text as a Word file laid out like an administrative document: issuer, number and date, title, body. */
export async function demoDocumentDocx(text: DemoDocumentText): Promise<Buffer> {
  const [year, month, day] = text.issueDate.split('-');
  const document = new Document({
    creator: text.issuingBody,
    title: text.title,
    sections: [
      {
        children: [
          line(text.issuingBody.toUpperCase(), { bold: true, center: true, size: 12 }),
          line(`Số ${text.number}`, { center: true }),
          line(`Hà Nội, ngày ${day} tháng ${month} năm ${year}`, { italics: true, center: true }),
          line(text.title, { bold: true, center: true, size: 14 }),
          ...text.body.map((paragraph) => line(paragraph)),
          line('Văn bản này được soạn cho dữ liệu mẫu của phần mềm Công vụ; nội dung chỉ để minh họa.', { italics: true, size: 11 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A file name from the number, which holds slashes: 24-CT/TU → 24-CT-TU.docx. */
const fileNameOf = (number: string) => `${number.replace(/[/\\]/g, '-')}.docx`;

/** Attaches the document's text to its current version through the documents module, so the register offers it for reading. */
export async function attachDemoText(
  deps: ReturnType<typeof demoWorkContext>['deps'] & { files: FileStore },
  actor: Actor,
  documentId: string,
  text: DemoDocumentText,
) {
  await addFile(deps, actor, documentId, { buffer: await demoDocumentDocx(text), fileName: fileNameOf(text.number) });
}
