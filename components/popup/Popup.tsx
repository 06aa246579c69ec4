export function Popup() {
  return <main>Backgrounder</main>;
}
