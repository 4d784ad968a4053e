import { IntentLink as Link } from '@/components/intent-link';

export default function NotFound() {
  return (
    <main id="main" className="page page--narrow not-found">
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or has moved.</p>
      <p>
        <Link href="/">Go to the home page</Link> or press <kbd>/</kbd> to search.
      </p>
    </main>
  );
}
