/**
 * weather-widget: a block outside the article with two temperatures or more (`12°`,
 * `En Düşük: 7° En Yüksek: 13°`) is a weather box: its place, its sky, its link are weather too.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {isTemperature} from '../parse/cues.js'
import {context, decide, isOpen, regionOf} from './decide.js'

const MIN_TEMPERATURES = 2
const MAX_LINES = 12

export default function weatherWidget(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const node of tree.children) {
      if (node.type !== 'block' || node.children.length > MAX_LINES || regionOf(tree, node.children[0]!.index) === 'article') continue
      if (node.children.some((line) => line.shape.prose)) continue
      if (node.children.filter((line) => isTemperature(line.norm)).length < MIN_TEMPERATURES) continue
      for (const line of node.children) if (isOpen(line)) decide(ctx, line, 'weather', 'weather-widget', 'weather box with temperatures')
    }
  }
}
