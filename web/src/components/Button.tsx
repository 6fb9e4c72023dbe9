import type { ButtonHTMLAttributes, Ref } from 'react';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'danger-outline' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button is disabled, shows a spinner and, if given, `pendingLabel`. */
  pending?: boolean;
  pendingLabel?: string;
  ref?: Ref<HTMLButtonElement>;
}

/** The one button of the app. Defaults to `type="button"` so that only deliberate submits submit. */
export function Button({
  variant = 'secondary',
  pending = false,
  pendingLabel,
  disabled,
  className,
  children,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = buttonClasses(variant, className);
  return (
    <button
      type={type}
      className={classes}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The classes of a button of `variant`, also for links that look like one (ButtonLink). */
export function buttonClasses(variant: ButtonVariant, className?: string): string {
  return ['button', `button--${variant}`, className].filter(Boolean).join(' ');
}
