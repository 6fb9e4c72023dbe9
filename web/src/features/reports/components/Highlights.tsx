/** The report's few sentences with numbers, the largest changes first, as the API wrote them. */
export function Highlights({ highlights }: { highlights: readonly string[] }) {
  if (highlights.length === 0) return <p className="muted">Nothing stood out against the period before.</p>;
  return (
    <ul className="report-highlights">
      {highlights.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
