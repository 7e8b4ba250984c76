/** Types of `scripts/chromium.mjs`. */
import type {BrowserContext} from 'playwright-core'

export const executablePath: string
export const chromiumArgs: string[]
export function launchChromium(): Promise<{context: BrowserContext; close(): Promise<void>}>
