'use client';

/**
 * If rendering the configurator throws (whatever the cause), the page says what happened and offers the text the
 * user had, instead of going blank. The text is handed over before each render (`keep`), so it is the text that
 * failed, not the one before. "Start again" forgets the saved state too: a saved text that breaks the page would
 * otherwise break it again on every visit.
 */
import { Component, Fragment, lazy, Suspense, type ReactNode } from 'react';
import { clearSaved } from './saved-state';

const ConfiguratorStopped = lazy(() => import('./ConfiguratorStopped'));

interface Props {
  children: (keep: (text: string) => void) => ReactNode;
}

interface State {
  error: Error | null;
  /** Changed by "Start again" so that the configurator is made afresh. */
  generation: number;
}

export class ConfiguratorBoundary extends Component<Props, State> {
  state: State = { error: null, generation: 0 };
  private text = '';
  private readonly keep = (text: string) => {
    this.text = text;
  };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly startAgain = () => {
    clearSaved();
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
    this.text = '';
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  render() {
    const { error, generation } = this.state;
    if (!error) return <Fragment key={generation}>{this.props.children(this.keep)}</Fragment>;
    // The page shows what happened at once; the rest (the text, its buttons) is loaded only now.
    return (
      <Suspense
        fallback={
          <p role="alert" className="rounded-lg border border-red-500 p-4">
            The configurator stopped: {error.message}
          </p>
        }
      >
        <ConfiguratorStopped message={error.message} text={this.text} onStartAgain={this.startAgain} />
      </Suspense>
    );
  }
}
