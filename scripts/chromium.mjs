// Headless Chromium for the review page's tests and scripts: Debian's `chromium` driven by
// playwright-core (which downloads no browser of its own), with a fresh profile each launch.
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium} from 'playwright-core'

export const executablePath = process.env.EPISTOLA_CHROMIUM ?? '/usr/bin/chromium'

/** Flags for a quiet, offline, headless run (no sandbox: CI runs as root). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * Launch Chromium with a fresh `--user-data-dir`; `close()` ends it and removes the profile.
 * Fails with a clear message when the browser is missing.
 */
export async function launchChromium() {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it (\`apt-get install -y chromium\`; .ci/run does) or set EPISTOLA_CHROMIUM`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'epistola-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {executablePath, headless: true, args: chromiumArgs})
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
