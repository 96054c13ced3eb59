// How long a value's JSON is, without building it: a change's growth is measured before it lands,
// so that a change is refused before the project's save would fail (projectSize.ts). Within a few percent
// of JSON.stringify's length (escapes inside strings are not counted), and far cheaper: nothing is
// allocated.

export function jsonChars(value: unknown): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return Number.isFinite(value) ? numberChars(value) : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      return Array.isArray(value) ? arrayChars(value) : objectChars(value as Record<string, unknown>);
    default:
      return 0; // undefined, functions: left out of JSON
  }
}

function numberChars(n: number): number {
  // Integers (offsets, counts) are nearly all of a project's numbers: count their digits.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) {
    let digits = n < 0 ? 2 : 1;
    for (let a = Math.abs(n); a >= 10; a = Math.floor(a / 10)) digits++;
    return digits;
  }
  return String(n).length;
}

function arrayChars(list: readonly unknown[]): number {
  let n = 2 + Math.max(0, list.length - 1);
  for (const item of list) n += item === undefined ? 4 : jsonChars(item);
  return n;
}

function objectChars(object: Record<string, unknown>): number {
  let n = 2;
  let fields = 0;
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const v = object[key];
    if (v === undefined || typeof v === 'function') continue;
    n += key.length + 3 + jsonChars(v);
    fields++;
  }
  return n + Math.max(0, fields - 1);
}
