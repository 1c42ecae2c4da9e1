import type { AppProps } from 'next/app';
import '../app/globals.css';
import '@/components/reference/reference.css';

// The Pages Router allows global CSS only here; the App Router pages import the same files themselves.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
