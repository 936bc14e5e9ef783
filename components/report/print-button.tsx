'use client';
// The report's Print button: the browser's own print dialog (which also saves as PDF).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
