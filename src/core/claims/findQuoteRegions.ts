/** A stretch of quoted words inside one paragraph (marks excluded). */
export interface QuoteRegion {
  start: number;
  end: number;
  paragraph: number;
  /** True when the paragraph ends before the quotation closes (it continues in the next one). */
  isOpenAtEnd: boolean;
}

/** Finds quotations paragraph by paragraph: curly quotes, or straight double quotes in pairs. */
export function findQuoteRegions(text: string, paragraphs: readonly { start: number; end: number }[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  paragraphs.forEach((paragraph, index) => {
    let open: number | null = null;
    for (let position = paragraph.start; position < paragraph.end; position += 1) {
      const character = text[position];
      if (open === null && (character === '“' || character === '"' || character === '„')) {
        open = position + 1;
      } else if (open !== null && (character === '”' || character === '"')) {
        if (position > open) regions.push({ start: open, end: position, paragraph: index, isOpenAtEnd: false });
        open = null;
      }
    }
    if (open !== null && paragraph.end > open) regions.push({ start: open, end: paragraph.end, paragraph: index, isOpenAtEnd: true });
  });
  return regions;
}
