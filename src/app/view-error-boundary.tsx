import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The view's name, used in the message: "The network could not be drawn". */
  name: string;
  children: ReactNode;
  /** Changing this (e.g. the bundle id) clears a past error. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/** One per view: a view that throws says what went wrong, and the other views keep working. */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} view failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <h2>The {this.props.name.toLowerCase()} view could not be drawn</h2>
        <p>{this.state.error.message}</p>
        <p>The other views still work.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
