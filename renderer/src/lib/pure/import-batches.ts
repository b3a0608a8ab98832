/**
 * Results files go to the backend in batches whose text stays under the bridge's body limit (the browser
 * host refuses larger requests); a single file over the limit is its own batch and is refused by name.
 */
export function importBatches<T extends { name: string; text: string }>(files: readonly T[], maxChars: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const f of files) {
    const cost = f.text.length + f.name.length + 64;
    if (current.length > 0 && size + cost > maxChars) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Only .json files from a dropped folder: a folder on a USB stick also holds other things. */
export function isResultsFileName(name: string): boolean {
  return /\.json$/i.test(name);
}
