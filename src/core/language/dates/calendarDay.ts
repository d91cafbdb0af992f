// Day arithmetic shared by the date readers.

const pad = (value: number): string => String(value).padStart(2, '0');

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

const monthIndex: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "Mar", "march", "sept" → 3, 3, 9; a URL path's month. */
export function monthFromName(name: string): number | null {
  return monthIndex[name.slice(0, 3).toLowerCase()] ?? null;
}
