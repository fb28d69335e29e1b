// Puts a catalog's entries in the catalog's own order. The order is observable: the JSON Schema
// export (schema/workflow.schema.json) lists actions in registry order, and the families group actions
// differently from the catalog sections, so the order is stated once per catalog, here checked.

/**
 * The entries of `entries` in the order of `order`. Throws at load time when `order` misses an entry,
 * names one twice or names one that does not exist, so a new action cannot be silently left out.
 */
export function inCatalogOrder<T extends Record<string, unknown>>(
  catalog: string,
  entries: T,
  order: readonly (keyof T & string)[],
): T {
  const missing = Object.keys(entries).filter((key) => !order.includes(key));
  const repeated = order.filter((key, i) => order.indexOf(key) !== i);
  const unknown = order.filter((key) => !Object.hasOwn(entries, key));
  if (missing.length > 0 || repeated.length > 0 || unknown.length > 0) {
    throw new Error(
      `${catalog} catalog order is out of date: missing [${missing.join(', ')}], repeated [${repeated.join(', ')}], unknown [${unknown.join(', ')}]`,
    );
  }
  return Object.fromEntries(order.map((key) => [key, entries[key]])) as T;
}
