// Which goals measure the same thing, for the server's progress and the web's check-in lists alike.

/** The part of a metric that says what is counted and how check-ins combine. */
export interface Measure {
  unit: string;
  aggregation: 'sum' | 'last';
}

/** True when a check-in on a goal with `other` as its metric also counts for a goal measuring `metric`. */
export function sharesMeasure(metric: Measure, other: Measure | null): boolean {
  return other !== null && other.unit === metric.unit && other.aggregation === metric.aggregation;
}
