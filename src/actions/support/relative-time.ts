// LinkedIn's relative times ("2 days ago", "vor 2 Tagen", "today") → an approximate instant. Used only to
// honour `since` on the connections list, where LinkedIn shows no absolute date; the result is as precise
// as the text (a "1 month ago" is 30 days before now).

const UNITS: readonly [RegExp, number][] = [
  [/^(?:second|sekunde)/i, 1_000],
  [/^(?:minute|min)/i, 60_000],
  [/^(?:hour|stunde|hr)/i, 3_600_000],
  [/^(?:day|tag)/i, 86_400_000],
  [/^(?:week|woche|wk)/i, 7 * 86_400_000],
  [/^(?:month|monat|mo)/i, 30 * 86_400_000],
  [/^(?:year|jahr|yr)/i, 365 * 86_400_000],
];

export function parseRelativeTime(text: string, now: Date): Date | null {
  const t = text.trim().toLowerCase();
  if (/^(today|just now|now|heute|gerade eben)$/.test(t)) return now;
  if (/^(yesterday|gestern)$/.test(t)) return new Date(now.getTime() - 86_400_000);
  const m = /(\d+)\s*([a-zäöü]+)/i.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  for (const [re, ms] of UNITS) if (re.test(m[2]!)) return new Date(now.getTime() - n * ms);
  return null;
}
