import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

/**
 * A native button. While `busy`, it stays focusable (disabling it would drop the keyboard focus)
 * and says so to assistive technologies; the handler must ignore repeated clicks.
 */
export function Button({
  variant = 'primary',
  busy = false,
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; busy?: boolean }) {
  return <button type={type} className={['btn', `btn--${variant}`, className].filter(Boolean).join(' ')} aria-busy={busy || undefined} {...rest} />;
}
