import './file-import.css';

/** An import's counts as a list of labelled numbers: "Feeds added 59". */
export function Counts({ counts }: { counts: readonly (readonly [label: string, count: number])[] }) {
  return (
    <dl className="counts">
      {counts.map(([label, count]) => (
        <div key={label} className="counts__item">
          <dt>{label}</dt>
          <dd>{count.toLocaleString('en-US')}</dd>
        </div>
      ))}
    </dl>
  );
}
