// Screenshots of the review page (`npm run preview:shots`): the sample and one dev file, at
// desktop and phone width, into shots/ (not committed); the README's picture,
// doc/preview.png, is the dev file at desktop width. Needs `npm run build` first. The copy in
// doc/ ships in the npm package: shrink it before committing (Debian's pngquant and optipng:
// `pngquant --quality=80-95 --speed 1 --force --output doc/preview.png doc/preview.png && optipng -o5
// doc/preview.png` took it from 174 kB to 58 kB with no difference to see).
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {toHtml} from '../dist/index.js'
import {launchChromium} from './chromium.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = join(root, 'shots')
const inputs = ['fixtures/stalin-churchill-1941.txt', 'fixtures/dev/marxists-stalin-churchill-1942-p1-noheadings.txt']
const widths = [
  {name: 'desktop', viewport: {width: 1280, height: 900}},
  {name: 'phone', viewport: {width: 390, height: 844}}
]
const readme = {input: inputs[1], width: 'desktop', to: join(root, 'doc/preview.png')}

mkdirSync(out, {recursive: true})
const browser = await launchChromium()
try {
  for (const input of inputs) {
    const name = basename(input, '.txt')
    const page = join(out, `${name}.html`)
    writeFileSync(page, toHtml(readFileSync(join(root, input), 'utf8'), {title: basename(input)}))
    for (const width of widths) {
      const tab = await browser.context.newPage()
      await tab.setViewportSize(width.viewport)
      await tab.goto(`file://${page}`)
      const shot = join(out, `${name}-${width.name}.png`)
      await tab.screenshot({path: shot})
      await tab.close()
      console.log(shot)
      if (input === readme.input && width.name === readme.width) copyFileSync(shot, readme.to)
    }
  }
} finally {
  await browser.close()
}
