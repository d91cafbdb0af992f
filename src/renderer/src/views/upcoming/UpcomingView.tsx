const upcoming = {
  compare: {
    title: 'Compare',
    text: 'Sources side by side, sentence by sentence: what is copied verbatim, lightly edited, paraphrased or spun, what each source says alone, and a reuse matrix showing who copied whom.',
  },
  claims: {
    title: 'Claims',
    text: 'The atomic statements of every source — quotes with speakers, numbers, dates, titles — grouped across sources, with who supports and who contradicts them and how many independent origins stand behind each.',
  },
  dossier: {
    title: 'Dossier',
    text: 'A document a reviewer can read without the app: claims with verdicts and evidence quotes, the reuse picture and source provenance, exported as PDF, HTML, CSV or JSON.',
  },
} as const;

/** Views that later work fills in; they say what they will show, so the shell reads whole. */
export function UpcomingView({ view }: { view: keyof typeof upcoming }) {
  const { title, text } = upcoming[view];
  return (
    <div className="empty-state upcoming">
      <h1>{title}</h1>
      <p>{text}</p>
      <p className="muted">Not built yet. Library, Reader and Search work today.</p>
    </div>
  );
}
