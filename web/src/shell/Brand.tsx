import { Link } from 'react-router';
import { LogoMark } from '../components/Logo.tsx';
import './Brand.css';

/** The mark and the name, linking to `to`: the first thing in every frame's header. */
export function Brand({ to }: { to: string }) {
  return (
    <Link to={to} className="brand">
      <LogoMark />
      <span className="brand__name">Trellis</span>
    </Link>
  );
}
