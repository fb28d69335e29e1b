// Whether a string is an IANA time zone this Node/ICU knows ("Europe/Berlin", "UTC").
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
