/** Types of `scripts/build-preview-assets.mjs`. */
export function assetsModule(): string
