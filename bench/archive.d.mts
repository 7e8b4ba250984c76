/** Types of `bench/archive.mjs` (for the TypeScript scripts that build benchmark archives). */
export function corpusTexts(): string[]
export function buildArchive(size: number, texts?: string[]): string
