export function Options() {
  return <main>Backgrounder</main>;
}
