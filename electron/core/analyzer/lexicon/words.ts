/** A word list written as one whitespace-separated template string. */
export const words = (s: string): string[] => s.trim().split(/\s+/);
