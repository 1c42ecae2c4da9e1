// @vitest-environment happy-dom
/**
 * The configurator's pieces that hold logic, rendered with the chart's real schema: the bundled/external choice,
 * the authentication choice, the public address and the error list's navigation.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartSchemaWithRules } from '@/lib/rules/chart-rules';
import { formRootSchema } from '@/lib/schema/form-schema';
import { dependencyPairs, type DependencyPair } from '@/lib/schema/groups';
import { AuthChoice } from './AuthChoice';
import { DependencyChoice } from './DependencyChoice';
import { ErrorList } from './ErrorList';
import { fieldId } from './field-ids';
import { ReachDecision } from './ReachDecision';

afterEach(cleanup);

const schema = formRootSchema(chartSchemaWithRules);
const redis = dependencyPairs(Object.keys(schema.properties ?? {})).find((p) => p.bundledKey === 'redis') as DependencyPair;
const noErrors = () => undefined;

describe('DependencyChoice', () => {
  const renderChoice = (external: boolean, missing: string[] = []) => {
    const onModeChange = vi.fn();
    render(
      <DependencyChoice
        pair={redis}
        schema={schema}
        requirements={{}}
        formData={{ redis: { enabled: !external }, externalRedis: { host: '' } }}
        external={external}
        missing={missing}
        errorsFor={noErrors}
        onModeChange={onModeChange}
        onChange={vi.fn()}
      />,
    );
    return { onModeChange, group: screen.getByRole('radiogroup', { name: 'Redis: bundled or external' }) };
  };

  it('shows the bundled settings only, and asks for external when External is chosen', () => {
    const { onModeChange, group } = renderChoice(false);
    expect(within(group).getByRole('radio', { name: /Bundled/ })).toHaveProperty('checked', true);
    expect(document.getElementById(fieldId(['externalRedis', 'host']))).toBeNull();
    fireEvent.click(within(group).getByRole('radio', { name: /External/ }));
    expect(onModeChange).toHaveBeenCalledWith(redis, true);
  });

  it('external: shows the connection settings and what is still required', () => {
    const { onModeChange, group } = renderChoice(true, ['externalRedis.host']);
    expect(within(group).getByRole('radio', { name: /External/ })).toHaveProperty('checked', true);
    expect(document.getElementById(fieldId(['externalRedis', 'host']))).not.toBeNull();
    expect(screen.getByTestId('externalRedis-missing').textContent).toBe('Still required: externalRedis.host');
    fireEvent.click(within(group).getByRole('radio', { name: /Bundled/ }));
    expect(onModeChange).toHaveBeenCalledWith(redis, false);
  });
});

describe('AuthChoice', () => {
  const renderAuth = (choice: 'off' | 'plugin', exposureRefused: boolean) => {
    const onChoiceChange = vi.fn();
    render(
      <AuthChoice
        schema={schema}
        requirements={{}}
        formData={{ auth: { mode: choice } }}
        choice={choice}
        exposureRefused={exposureRefused}
        errorsFor={noErrors}
        onChoiceChange={onChoiceChange}
        onChange={vi.fn()}
      />,
    );
    return onChoiceChange;
  };
  // rjsf marks a hidden field's wrapper with the class "hidden" (configurator.css hides it), a hidden leaf as type=hidden.
  const shown = (path: string) => {
    const el = document.getElementById(fieldId(path.split('.')));
    return el !== null && el.getAttribute('type') !== 'hidden' && el.closest('.hidden') === null;
  };

  it('off: no plugin settings and no acknowledgement while the chart does not refuse the values', () => {
    const onChoiceChange = renderAuth('off', false);
    expect(shown('auth.plugin.github.existingSecret')).toBe(false);
    expect(shown('auth.acknowledgeUnauthenticatedExposure')).toBe(false);
    expect(screen.queryByTestId('auth-exposure')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /^Plugin auth \(/ }));
    expect(onChoiceChange).toHaveBeenCalledWith('plugin');
  });

  it('a published server without auth: the warning and the acknowledgement appear', () => {
    renderAuth('off', true);
    expect(screen.getByTestId('auth-exposure').textContent).toContain('would be published');
    expect(shown('auth.acknowledgeUnauthenticatedExposure')).toBe(true);
  });

  it('plugin: the GitHub sign-in settings appear', () => {
    renderAuth('plugin', false);
    expect(shown('auth.plugin.github.existingSecret')).toBe(true);
  });
});

describe('ErrorList', () => {
  it('says the verdict, and each entry goes to its field or line', () => {
    const onGoToField = vi.fn();
    const onGoToLine = vi.fn();
    const issue = {
      path: ['externalRedis', 'host'],
      message: 'externalRedis.host is required.',
      keyword: 'required',
      rule: 'Redis is neither bundled nor external.',
    };
    render(<ErrorList issues={[issue]} problems={[]} onGoToField={onGoToField} onGoToLine={onGoToLine} />);
    expect(screen.getByTestId('verdict').textContent).toBe('1 problem: helm would refuse this values file.');
    expect(screen.getByTestId('rule-message').textContent).toBe('Redis is neither bundled nor external.');
    fireEvent.click(screen.getByRole('button', { name: 'externalRedis.host is required.' }));
    expect(onGoToField).toHaveBeenCalledWith(['externalRedis', 'host']);
    cleanup();

    render(
      <ErrorList
        issues={[]}
        problems={[{ line: 3, column: 5, endLine: 3, endColumn: 6, message: 'bad indentation' }]}
        onGoToField={onGoToField}
        onGoToLine={onGoToLine}
      />,
    );
    expect(screen.getByTestId('verdict').textContent).toBe('The YAML does not parse; the form keeps the last values that did.');
    fireEvent.click(screen.getByRole('button', { name: /line 3, column 5/ }));
    expect(onGoToLine).toHaveBeenCalledWith(3, 5);
  });

  it('no problems: installs, or still checking while the rules load', () => {
    render(<ErrorList issues={[]} problems={[]} onGoToField={vi.fn()} onGoToLine={vi.fn()} />);
    expect(screen.getByTestId('verdict').textContent).toBe('No problems: this values file installs.');
    cleanup();
    render(<ErrorList issues={[]} problems={[]} rulesLoaded={false} onGoToField={vi.fn()} onGoToLine={vi.fn()} />);
    expect(screen.getByTestId('verdict').textContent).toContain('Checking the values');
  });
});

describe('ReachDecision', () => {
  const defaults = { ingress: { enabled: false, hosts: [{ host: 'aeterna.local' }], tls: [] } };
  const renderReach = (effective: Record<string, unknown> = defaults) => {
    const onFileChange = vi.fn();
    const props = { effective, onFileChange } as unknown as Parameters<typeof ReachDecision>[0];
    render(<ReachDecision {...props} />);
    return { onFileChange, input: screen.getByLabelText('Public address') as HTMLInputElement };
  };

  it('applies an address as the Ingress with TLS, and says what it made of it', () => {
    const { onFileChange, input } = renderReach();
    fireEvent.change(input, { target: { value: 'aeterna.example.com' } });
    const change = onFileChange.mock.calls.at(-1)![0] as (u: object, d: object) => Record<string, unknown>;
    expect(change({}, defaults)).toEqual({
      ingress: {
        enabled: true,
        hosts: [{ host: 'aeterna.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }],
        tls: [{ secretName: 'aeterna-example-com-tls', hosts: ['aeterna.example.com'] }],
      },
    });
    expect(screen.getByText(/with TLS; its certificate is in the Secret/).textContent).toContain('aeterna-example-com-tls');
  });

  it('keeps what is not an address yet in the box, changes nothing, and says why', () => {
    const { onFileChange, input } = renderReach();
    fireEvent.change(input, { target: { value: 'https://aeterna.example.com:8443' } });
    expect(onFileChange).not.toHaveBeenCalled();
    expect(input.value).toBe('https://aeterna.example.com:8443');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('reach-address-error').textContent).toBe(
      'Leave the port out: the Ingress serves 443 for https:// and 80 for http://',
    );
  });

  it('an Ingress of several hosts is left to the form', () => {
    const { input } = renderReach({ ingress: { enabled: true, hosts: [{ host: 'a.example.com' }, { host: 'b.example.com' }], tls: [] } });
    expect(input.disabled).toBe(true);
    expect(screen.getByText('This Ingress has several hosts or TLS blocks: edit them in the form below.')).toBeTruthy();
  });
});
