// Parses each file named on the command line with Mermaid's own parser (mermaid@11 in jsdom: the
// parser needs window and document). Prints "ok <file> <diagram type>" or "error <file>: <message>";
// exits 1 when any file fails to parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`ok ${file} ${result.diagramType}`);
  } catch (e) {
    failed++;
    console.log(`error ${file}: ${String(e?.message ?? e).split('\n').join(' ')}`);
  }
}
process.exit(failed ? 1 : 0);
