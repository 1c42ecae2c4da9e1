/**
 * What Helm's engine (helm-engine, WebAssembly) is made of, to see what to cut: its sections, its code per Go
 * package and per module (function bodies of the code section, named by the module's name section), and its size
 * raw, gzip -9 and brotli as the site could serve it. `go tool nm` does not read WebAssembly, so this reads the
 * module itself. The data section (type descriptors, strings, the pc-line tables) carries no names: it is one line.
 *
 *   tsx scripts/bench/engine-size.ts            # builds helm-engine with its name section kept (the site's build
 *                                               # strips it) into .cache/, then prints the breakdown
 *   tsx scripts/bench/engine-size.ts FILE.wasm  # a module already built (with its name section)
 *   ENGINE_SIZE_TOP=60 …                        # how many packages to list (default 40)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { engineBuildArgs, ENGINE_GO_ENV } from '../generate/helm-engine-build';

const SRC = path.resolve('helm-engine');
const TOP = Number(process.env.ENGINE_SIZE_TOP ?? 40);
const MB = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

const SECTION_NAMES: Record<number, string> = { 1: 'type', 2: 'import', 3: 'function', 7: 'export', 9: 'element', 10: 'code', 11: 'data' };

interface Module {
  sections: { name: string; bytes: number }[];
  /** Body size of each defined function, by its index in the function index space. */
  bodies: Map<number, number>;
  names: Map<number, string>;
}

function parse(buf: Buffer): Module {
  let i = 8;
  const leb = (): number => {
    let r = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++]!;
      r += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return r;
    }
  };
  const out: Module = { sections: [], bodies: new Map(), names: new Map() };
  let imported = 0;
  while (i < buf.length) {
    const id = buf[i++]!;
    const size = leb();
    const end = i + size;
    let name = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) {
      const n = leb();
      name = `custom "${buf.subarray(i, i + n).toString('utf8')}"`;
      i += n;
      if (name === 'custom "name"')
        readNames(
          () => leb(),
          () => i,
          (j) => (i = j),
          buf,
          end,
          out.names,
        );
    } else if (id === 2) {
      for (let k = leb(); k > 0; k--) {
        i += leb(); // module
        i += leb(); // field
        const kind = buf[i++]!;
        if (kind === 0) {
          imported++;
          leb();
        } else if (kind === 1) {
          i++;
          if (buf[i++]! & 1) leb();
          leb();
        } else if (kind === 2) {
          if (buf[i++]! & 1) leb();
          leb();
        } else {
          i += 2;
        }
      }
    } else if (id === 10) {
      const count = leb();
      for (let k = 0; k < count; k++) {
        const body = leb();
        out.bodies.set(imported + k, body);
        i += body;
      }
    }
    out.sections.push({ name, bytes: size });
    i = end;
  }
  return out;
}

function readNames(leb: () => number, at: () => number, seek: (i: number) => void, buf: Buffer, end: number, names: Map<number, string>) {
  while (at() < end) {
    const sub = buf[at()]!;
    seek(at() + 1);
    const size = leb();
    const next = at() + size;
    if (sub === 1) {
      for (let k = leb(); k > 0; k--) {
        const index = leb();
        const n = leb();
        names.set(index, buf.subarray(at(), at() + n).toString('utf8'));
        seek(at() + n);
      }
    }
    seek(next);
  }
}

/**
 * Go's linker names a module's functions with the package path mangled ("/" and "-" become "_"):
 * "k8s.io_api_core_v1.__Pod_.DeepCopy" is k8s.io/api/core/v1's (*Pod).DeepCopy. The package is the longest of the
 * build's packages, mangled alike, that the name starts with (then a dot).
 */
export function packageOf(symbol: string, mangled: Map<string, string>): string {
  let best = '';
  for (let dot = symbol.indexOf('.'); dot >= 0; dot = symbol.indexOf('.', dot + 1)) {
    const p = mangled.get(symbol.slice(0, dot));
    if (p) best = p;
  }
  return best || '(runtime support)';
}

const mangle = (pkg: string) => pkg.replace(/[^A-Za-z0-9_.]/g, '_');

function moduleOfPackages(): Map<string, string> {
  const r = spawnSync('go', ['list', '-deps', '-f', '{{.ImportPath}} {{with .Module}}{{.Path}}{{else}}std{{end}}', '.'], {
    cwd: SRC,
    encoding: 'utf8',
    env: { ...process.env, ...ENGINE_GO_ENV },
  });
  if (r.status !== 0) throw new Error(`go list failed: ${r.stderr}`);
  return new Map(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
}

function table(title: string, rows: [string, number][], total: number, top = rows.length): void {
  console.log(`\n${title}`);
  for (const [name, bytes] of rows.slice(0, top)) {
    console.log(`  ${MB(bytes).padStart(9)}  ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
  if (rows.length > top) {
    const rest = rows.slice(top).reduce((s, [, b]) => s + b, 0);
    console.log(`  ${MB(rest).padStart(9)}  ${((100 * rest) / total).toFixed(1).padStart(5)}%  (${rows.length - top} more)`);
  }
}

function build(): string {
  const out = path.resolve('.cache/helm-engine-size/helm.wasm');
  mkdirSync(path.dirname(out), { recursive: true });
  // The site's flags, less -s (which drops the name section this breakdown reads).
  const r = spawnSync('go', engineBuildArgs(out, { keepSymbols: true }), {
    cwd: SRC,
    stdio: 'inherit',
    env: { ...process.env, ...ENGINE_GO_ENV },
  });
  if (r.status !== 0) process.exit(1);
  return out;
}

function main(): void {
  const file = process.argv[2] ?? build();
  const buf = readFileSync(file);
  const m = parse(buf);
  if (m.names.size === 0) console.log('(no name section: built with -s; code per package unknown)');
  table(
    `Sections of ${path.relative(process.cwd(), file)} (${MB(buf.length)})`,
    m.sections.filter((s) => s.bytes > 1000).map((s) => [s.name, s.bytes]),
    buf.length,
  );
  const modules = moduleOfPackages();
  const mangled = new Map([...modules.keys()].map((p) => [mangle(p), p]));
  const byPackage = new Map<string, number>();
  let code = 0;
  for (const [index, bytes] of m.bodies) {
    const pkg = packageOf(m.names.get(index) ?? '?', mangled);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytes);
    code += bytes;
  }
  const byModule = new Map<string, number>();
  for (const [pkg, bytes] of byPackage) {
    const mod = modules.get(pkg) ?? pkg;
    byModule.set(mod, (byModule.get(mod) ?? 0) + bytes);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  table('Code per module (function bodies)', sorted(byModule), code);
  table(`Code per package, the ${TOP} largest`, sorted(byPackage), code, TOP);
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
  console.log(`\nThis module: ${MB(buf.length)} raw, gzip -9 ${MB(gz)}, brotli 11 ${MB(br)} (the site's build strips the name section)`);
}

main();
