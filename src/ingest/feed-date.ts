const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})/;
/** RFC 822 as in RSS pubDate: "Thu, 21 Jul 2016 10:00:00 +0200". */
const RFC_822 = /^\s*(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/i;

/** A feed's date as an ISO day, the calendar day as written (not shifted to UTC). */
export function feedDate(value: string): string | undefined {
  const iso = ISO_DAY.exec(value);
  if (iso) return iso[1];
  const rfc = RFC_822.exec(value);
  if (!rfc) return undefined;
  const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
  if (month === 0) return undefined;
  const year = rfc[3].length === 2 ? `20${rfc[3]}` : rfc[3];
  return `${year}-${pad(month)}-${pad(Number(rfc[1]))}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
