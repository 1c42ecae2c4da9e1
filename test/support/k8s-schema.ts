/**
 * Strict validation of Kubernetes manifests against the schemas shipped by the npm packages `kubernetes-models`
 * (built-in kinds), `@kubernetes-models/prometheus-operator` (ServiceMonitor and the other monitoring.coreos.com
 * kinds), `@kubernetes-models/argo-cd` (argoproj.io: Application) and `@kubernetes-models/flux-cd`
 * (*.toolkit.fluxcd.io: HelmRepository, OCIRepository, HelmRelease).
 *
 * Those packages ship their OpenAPI schemas as validators precompiled by ajv (`_schemas/*.js`, run by each model
 * class's `validate()`), not as JSON: the schemas cannot be edited to add `additionalProperties: false`, and the
 * validators accept unknown fields (a typo such as `readinesProbe` passes). Strictness is therefore added around them, with the same meaning as adding
 * `additionalProperties: false` to every object schema that declares `properties` (kubeconform's "strict" mode):
 *
 * - the manifest is handed to the validator behind a recording Proxy, which notes, for every object, the property
 *   names the validator looks up (an ajv validator reads every property its schema declares) and whether it
 *   enumerated the object's keys (it does so for maps: `additionalProperties` with a schema, e.g. labels);
 * - an object whose schema declares properties (the validator read some) and that was not enumerated as a map may
 *   only hold the properties that were read: any other key is reported as an unknown field;
 * - an object the validator never looked into has a free-form schema (e.g. `x-kubernetes-preserve-unknown-fields`)
 *   and is left alone, as are the values below an unknown field.
 */

interface ManifestIssue {
  /** JSON pointer inside the manifest, e.g. `/spec/template/spec/containers/0/readinesProbe`. */
  path: string;
  message: string;
}

export interface ManifestValidation {
  /** `apiVersion/kind` of the manifest, e.g. `apps/v1/Deployment`. */
  id: string;
  valid: boolean;
  issues: ManifestIssue[];
}

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** The package holding the schemas of an API group's custom kinds; `kubernetes-models` for the built-in groups. */
function packageFor(group: string): string {
  if (group === 'monitoring.coreos.com') return '@kubernetes-models/prometheus-operator';
  if (group === 'argoproj.io') return '@kubernetes-models/argo-cd';
  if (group.endsWith('.toolkit.fluxcd.io')) return '@kubernetes-models/flux-cd';
  return 'kubernetes-models';
}

/**
 * The module exporting the model class of `apiVersion`/`kind`, e.g. `apps/v1` + `Deployment` →
 * `kubernetes-models/apps/v1/Deployment`. The class's `validate` runs the package's precompiled validator.
 * Returns undefined for an apiVersion or kind that cannot name a module.
 */
export function schemaModuleFor(apiVersion: string, kind: string): string | undefined {
  const parts = apiVersion.split('/');
  const [group, version] = parts.length === 1 ? ['', parts[0]!] : [parts[0]!, parts[1]!];
  if (!/^v\d+((alpha|beta)\d+)?$/.test(version) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined;
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]*$/.test(group)) return undefined;
  return `${packageFor(group)}/${group ? `${group}/` : ''}${version}/${kind}`;
}

/** Runs the package's validator on data; returns its errors (empty when valid). */
type SchemaCheck = (data: unknown) => AjvError[];

const validatorCache = new Map<string, Promise<SchemaCheck | undefined>>();

async function loadValidator(moduleId: string, kind: string): Promise<SchemaCheck | undefined> {
  let pending = validatorCache.get(moduleId);
  if (!pending) {
    pending = import(/* @vite-ignore */ moduleId).then(
      (mod: Record<string, { prototype?: { validate?: () => void } } | undefined>) => {
        const validate = mod[kind]?.prototype?.validate;
        if (typeof validate !== 'function') return undefined;
        return (data: unknown): AjvError[] => {
          try {
            validate.call(data);
            return [];
          } catch (err) {
            const errors = (err as { errors?: AjvError[] }).errors;
            if (Array.isArray(errors)) return errors;
            throw err;
          }
        };
      },
      () => undefined,
    );
    validatorCache.set(moduleId, pending);
  }
  return pending;
}

/** What the validator did with each object of the manifest. */
interface Trace {
  read: WeakMap<object, Set<string>>;
  enumerated: WeakSet<object>;
}

function traced(value: unknown, trace: Trace, proxies: WeakMap<object, object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const existing = proxies.get(value);
  if (existing) return existing;
  const note = (target: object, key: string | symbol): void => {
    if (typeof key !== 'string') return;
    let keys = trace.read.get(target);
    if (!keys) {
      keys = new Set();
      trace.read.set(target, keys);
    }
    keys.add(key);
  };
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      note(target, key);
      return traced(Reflect.get(target, key, receiver), trace, proxies);
    },
    has(target, key) {
      note(target, key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      trace.enumerated.add(target);
      return Reflect.ownKeys(target);
    },
  });
  proxies.set(value, proxy);
  return proxy;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unknownFields(value: unknown, path: string, trace: Trace, out: ManifestIssue[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => unknownFields(item, `${path}/${i}`, trace, out));
    return;
  }
  const read = trace.read.get(value);
  if (!read) return; // free-form object (no declared properties), or below an unknown field
  const isMap = trace.enumerated.has(value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childPath = `${path}/${escapePointer(key)}`;
    if (!isMap && !read.has(key)) {
      out.push({ path: childPath, message: `unknown field "${key}"` });
      continue;
    }
    unknownFields(child, childPath, trace, out);
  }
}

function describeAjvError(e: AjvError): ManifestIssue {
  // The precompiled validators carry no messages: build one from the keyword and its parameters.
  const params = e.params;
  let message: string;
  switch (e.keyword) {
    case 'required':
      message = `missing required field "${String(params.missingProperty)}"`;
      break;
    case 'type':
      message = `must be of type ${String(params.type)}`;
      break;
    case 'enum':
      message = `must be one of ${JSON.stringify(params.allowedValues)}`;
      break;
    case 'format':
      message = `must match format ${String(params.format)}`;
      break;
    default:
      message = e.message ?? `fails ${e.keyword} ${JSON.stringify(params)}`;
  }
  return { path: e.instancePath || '/', message };
}

/**
 * Validates one manifest strictly: schema errors (types, required fields, enums, formats) plus unknown fields.
 * A manifest whose kind has no schema in the two packages is reported as invalid.
 */
export async function validateManifest(manifest: unknown): Promise<ManifestValidation> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return { id: '?', valid: false, issues: [{ path: '/', message: 'a manifest must be an object' }] };
  }
  const { apiVersion, kind } = manifest as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return { id: '?', valid: false, issues: [{ path: '/', message: 'apiVersion and kind must be strings' }] };
  }
  const id = `${apiVersion}/${kind}`;
  const moduleId = schemaModuleFor(apiVersion, kind);
  const check = moduleId ? await loadValidator(moduleId, kind) : undefined;
  if (!check) {
    return { id, valid: false, issues: [{ path: '/', message: `no schema for ${id}` }] };
  }
  const trace: Trace = { read: new WeakMap(), enumerated: new WeakSet() };
  const issues: ManifestIssue[] = check(traced(manifest, trace, new WeakMap())).map(describeAjvError);
  unknownFields(manifest, '', trace, issues);
  return { id, valid: issues.length === 0, issues };
}

/** Validates several manifests; handy for the documents of one `helm template` run. */
export async function validateManifests(manifests: unknown[]): Promise<ManifestValidation[]> {
  const results: ManifestValidation[] = [];
  for (const m of manifests) results.push(await validateManifest(m));
  return results;
}

/** One line per issue, e.g. `apps/v1/Deployment aeterna: /spec/x: unknown field "x"`. */
export function formatIssues(results: ManifestValidation[], names: string[] = []): string {
  return results
    .flatMap((r, i) => r.issues.map((issue) => `${r.id}${names[i] ? ` ${names[i]}` : ''}: ${issue.path}: ${issue.message}`))
    .join('\n');
}
