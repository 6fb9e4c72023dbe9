import { ButtonLink } from '../../../../components/ButtonLink.tsx';
import { LogoMark } from '../../../../components/Logo.tsx';
import '../../../../components/empty-state.css';

/** The Home page of someone with no goals yet: what a goal is here, and one clear way to start. */
export function FirstGoal() {
  return (
    <section className="empty-state" aria-labelledby="first-goal-title">
      <LogoMark size={48} />
      <h2 id="first-goal-title" className="empty-state__title">
        Start with one goal
      </h2>
      <p>
        Pick something you want to achieve at work, such as a promotion, a certification or a skill. Give it a
        number and a date, check in as you go, and Trellis shows you whether you are on track.
      </p>
      <ButtonLink variant="primary" to="/goals/new">
        Set your first goal
      </ButtonLink>
    </section>
  );
}
