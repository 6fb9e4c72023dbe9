// The reports capability's page (no zod: its one form, a range of days, checks itself), in a chunk
// of its own with its charts.
export { ReportsPage } from './ReportsPage.tsx';
