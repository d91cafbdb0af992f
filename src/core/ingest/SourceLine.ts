/** One line of a source on its way to clean text, with where it came from. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the decoded original. */
  line: number;
  /** A heading, list item or HTML block: always a paragraph of its own, never joined. */
  standsAlone?: boolean;
}

/** How line breaks inside a run of non-blank lines are read when forming paragraphs. */
export type LineBreakMeaning =
  /** Plain text: each line is a paragraph unless the document is hard-wrapped. */
  | 'lines'
  /** Markdown: lines up to a blank line form one paragraph. */
  | 'soft-wrapped'
  /** HTML: each line is already one block. */
  | 'blocks';
