/** After errors render, bring the first invalid field (or the given alert) into view and focus. */
export function focusFirstError(container: HTMLElement | null): void {
  if (!container) return;
  requestAnimationFrame(() => {
    const field = container.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  });
}

export function revealElement(element: HTMLElement | null): void {
  if (!element) return;
  requestAnimationFrame(() => {
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
