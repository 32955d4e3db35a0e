/** « 2 choisis » beside a section's title; null when nothing is chosen. */
export function resumeChoix(n: number): string | null {
  return n === 0 ? null : `${n} choisi${n >= 2 ? 's' : ''}`;
}
