import { Link } from 'react-router';
import { LogoMark } from '../../components/Logo.tsx';

/** The Home page of someone with no goals yet: what a goal is here, and one clear way to start. */
export function FirstGoal() {
  return (
    <section className="first-goal" aria-labelledby="first-goal-title">
      <LogoMark size={48} />
      <h2 id="first-goal-title" className="first-goal__title">
        Start with one goal
      </h2>
      <p className="first-goal__text">
        Pick something you want to achieve at work, such as a promotion, a certification or a skill. Give it a
        number and a date, and Trellis will show you every week whether you are on track.
      </p>
      <Link className="button button--primary" to="/goals/new">
        Set your first goal
      </Link>
    </section>
  );
}
