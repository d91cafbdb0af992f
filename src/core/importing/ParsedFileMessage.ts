import type { NewSource } from '../store/sourceRepository';
import type { ParsedFile } from './parseFile';

/**
 * A parsed file as it crosses from a parse worker to the writing thread. Paragraph and sentence
 * spans travel as one transferred `Int32Array` rather than as tens of thousands of small
 * objects: the structured clone of those objects cost the writing thread about four times the
 * rest of the message, and that thread is the import's bottleneck.
 */
export type ParsedFileMessage =
  | { file: string; error: string }
  | { file: string; source: Omit<NewSource, 'paragraphs' | 'sentences'>; paragraphCount: number; spans: Int32Array };

/** Spans per paragraph (start, end) and per sentence (start, end, paragraph) in `spans`. */
const paragraphWidth = 2;
const sentenceWidth = 3;

/** The message for a parsed file, and the buffers to transfer with it (given up by the sender). */
export function toParsedFileMessage(parsed: ParsedFile): { message: ParsedFileMessage; transfer: ArrayBuffer[] } {
  if ('error' in parsed) return { message: parsed, transfer: [] };
  const { paragraphs, sentences, ...source } = parsed.source;
  const spans = new Int32Array(paragraphs.length * paragraphWidth + sentences.length * sentenceWidth);
  let at = 0;
  for (const { start, end } of paragraphs) {
    spans[at++] = start;
    spans[at++] = end;
  }
  for (const { start, end, paragraph } of sentences) {
    spans[at++] = start;
    spans[at++] = end;
    spans[at++] = paragraph;
  }
  return {
    message: { file: parsed.file, source, paragraphCount: paragraphs.length, spans },
    transfer: [spans.buffer as ArrayBuffer, source.original.buffer as ArrayBuffer],
  };
}

export function fromParsedFileMessage(message: ParsedFileMessage): ParsedFile {
  if ('error' in message) return message;
  const { spans, paragraphCount } = message;
  const paragraphs: NewSource['paragraphs'] = [];
  const sentences: NewSource['sentences'] = [];
  const sentencesStart = paragraphCount * paragraphWidth;
  for (let at = 0; at < sentencesStart; at += paragraphWidth) {
    paragraphs.push({ start: spans[at] ?? 0, end: spans[at + 1] ?? 0 });
  }
  for (let at = sentencesStart; at < spans.length; at += sentenceWidth) {
    sentences.push({ start: spans[at] ?? 0, end: spans[at + 1] ?? 0, paragraph: spans[at + 2] ?? 0 });
  }
  return { file: message.file, source: { ...message.source, paragraphs, sentences } };
}
