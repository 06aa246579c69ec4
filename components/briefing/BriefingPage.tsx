export function BriefingPage() {
  return <main>Backgrounder</main>;
}
