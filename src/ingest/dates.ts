// Dates as the sources write them → ISO YYYY-MM-DD.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2024-09-16T00:00:00" or "2024-09-16" → "2024-09-16"; anything else is returned unchanged so validation reports it. */
export function isoDay(v: unknown): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(v.trim());
    if (m) return m[1];
  }
  return v;
}

/** "9th June 2021", "25 February 2020", "1st Sept 2023" → ISO date, or undefined. */
export function parseWrittenDate(s: string): string | undefined {
  const m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
  const day = Number(m[1]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
