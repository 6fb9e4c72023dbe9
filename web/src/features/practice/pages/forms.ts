// The practice page, whose quick log brings zod (it checks the form with the API's own schema).
export { PracticePage } from './PracticePage.tsx';
