// The CLI's one-line progress bar, redrawn in place with `\r` on a terminal's stderr.
import type { Progress } from './import-file.ts';

const WIDTH = 24;
// Redrawing more often than this only costs time.
const EVERY_MS = 100;

/** A bar that `update` redraws (at most every 100 ms) and `clear` wipes, leaving the line empty. */
export function progressBar(out: NodeJS.WriteStream) {
  let last = 0;
  let drawn = false;
  const draw = (text: string) => {
    const columns = out.columns || 80;
    out.write(`\r${text.slice(0, columns - 1).padEnd(columns - 1)}`);
    drawn = true;
  };
  return {
    update(p: Progress): void {
      const now = Date.now();
      if (now - last < EVERY_MS && p.bytes < p.size) return;
      last = now;
      const share = p.size > 0 ? Math.min(1, p.bytes / p.size) : 1;
      const filled = Math.round(share * WIDTH);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
      draw(`[${bar}] ${String(Math.round(share * 100)).padStart(3)}%  ${p.file}: ${p.rows} rows`);
    },
    say(text: string): void {
      draw(text);
    },
    clear(): void {
      if (drawn) out.write(`\r${' '.repeat((out.columns || 80) - 1)}\r`);
      drawn = false;
    },
  };
}
