// How values read in the views: dates in the analyst's locale, hashes shortened, counts grouped.
const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat();

/** A published date as written (`2025-03-18`) reads as a date; with a time, as date and time. */
export function formatPublished(value: string | null): string {
  if (!value) return '—';
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(isDateOnly ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return isDateOnly ? dateFormat.format(date) : dateTimeFormat.format(date);
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
