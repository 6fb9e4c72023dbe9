import type { ReactNode } from 'react';
import './AuthCard.css';

export interface AuthCardProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** The way to the other form ("New here? Create an account"). */
  footer?: ReactNode;
}

/** The centred card that sign-in and sign-up share. */
export function AuthCard({ title, intro, children, footer }: AuthCardProps) {
  return (
    <div className="auth-card">
      <h1 className="auth-card__title">{title}</h1>
      {intro && <div className="auth-card__intro">{intro}</div>}
      {children}
      {footer && <p className="auth-card__footer">{footer}</p>}
    </div>
  );
}
