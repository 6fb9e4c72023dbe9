import { Link, type LinkProps } from 'react-router';
import { type ButtonVariant, buttonClasses } from './Button.tsx';

export interface ButtonLinkProps extends LinkProps {
  variant: ButtonVariant;
  /** `small` for an action inside a list item. */
  size?: 'small';
}

/** A link that looks like a button: for actions that go to another page ("New goal"). */
export function ButtonLink({ variant, size, className, ...link }: ButtonLinkProps) {
  const extra = [size === 'small' && 'button--small', className].filter(Boolean).join(' ');
  return <Link {...link} className={buttonClasses(variant, extra)} />;
}
