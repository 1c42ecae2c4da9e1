export default function BaselinePage() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A bare page of the same Next.js version as the site, with no client JavaScript of ours.</p>
    </main>
  );
}
