import type { DateValue } from '../../core/types.ts';

const ISO_DATE = /^(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?(?=$|[T ])/;

/**
 * Reads an ISO date or timestamp at the precision it states. A timestamp keeps the calendar day
 * as written (its own time zone), since that is the day the publisher printed.
 */
export function parseIsoDate(value: string): DateValue | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return { iso: year, precision: 'year' };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  if (day === undefined) return { iso: `${year}-${month}`, precision: 'month' };
  if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), monthNumber)) return undefined;
  return { iso: `${year}-${month}-${day}`, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
