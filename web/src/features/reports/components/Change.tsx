import { Glyph } from '../../goals/components/widgets/icons.tsx';
import { changeWords } from './figures.ts';

const GLYPHS = { up: 'arrow-up', down: 'arrow-down', none: 'equals' } as const;

/**
 * A change against the period before: an arrow and "+3" for the eye, "up 3" for a screen reader.
 * Neither up nor down is coloured good or bad: more contacts due is not better, more hours is.
 */
export function Change({ change, maxDecimals = 1 }: { change: number; maxDecimals?: number }) {
  const words = changeWords(change, maxDecimals);
  return (
    <span className={`report-change report-change--${words.direction}`}>
      <Glyph name={GLYPHS[words.direction]} />
      <span aria-hidden="true">{words.sign}</span>
      <span className="visually-hidden">{words.words}</span>
    </span>
  );
}
