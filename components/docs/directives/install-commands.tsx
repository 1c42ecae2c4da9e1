import { InstallCommands } from '@/components/site/InstallCommands';

/** `install-commands [--verify] [values files…]`: add the repository and install (--verify: signature checked). */
export function InstallCommandsDirective({ arg }: { arg: string }) {
  const words = arg.split(/\s+/).filter(Boolean);
  return <InstallCommands valuesFiles={words.filter((w) => w !== '--verify')} verify={words.includes('--verify')} />;
}
