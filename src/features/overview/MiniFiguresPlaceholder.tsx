/**
 * Stands in for the three small charts while their code loads, at about their drawn size so nothing below them
 * jumps when they arrive. Hidden from assistive technology: there is nothing to read yet.
 */
export function MiniFiguresPlaceholder() {
  return (
    <>
      <div className="chart-figure mini-placeholder mini-placeholder-months" aria-hidden="true" />
      <div className="chart-figure mini-placeholder mini-placeholder-bars" aria-hidden="true" />
      <div className="chart-figure mini-placeholder mini-placeholder-bars" aria-hidden="true" />
    </>
  );
}
