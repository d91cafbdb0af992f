// How values read in the views: dates in the analyst's locale, hashes shortened, counts grouped.
const dateFormatUtc = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat();

/**
 * A published date reads as the source wrote it: a date stays a date, and a time keeps
 * its own offset (a 09:27 IST story is not shown as 03:57 London time).
 */
export function formatPublished(value: string | null): string {
  if (!value) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (!match?.[1]) return value;
  const date = new Date(`${match[1]}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  const day = dateFormatUtc.format(date);
  if (!match[2]) return day;
  const offset = match[3] === 'Z' ? 'UTC' : match[3] ? `UTC${match[3]}` : '';
  return `${day}, ${match[2]}${offset ? ` ${offset}` : ''}`;
}

export function formatDateTime(value: string | null): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export const formatCount = (value: number) => numberFormat.format(value);

export const shortHash = (sha256: string) => sha256.slice(0, 10);

export const kindLabels: Record<string, string> = {
  'press-release': 'Press release',
  wire: 'Wire',
  'news-article': 'News article',
  unknown: 'Unknown',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
