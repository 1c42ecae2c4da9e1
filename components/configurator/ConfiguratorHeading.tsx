/**
 * The configurator page's heading and what it promises: rendered on the server (no client code), above the
 * configurator itself (./Configurator.tsx), which says where the values on screen came from (./ConfiguratorIntro.tsx).
 */
export function ConfiguratorHeading() {
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold tracking-tight">Configure Aeterna</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Choose how Aeterna runs and leave with a values.yaml that installs. The form and the file are two views of the same values, checked
        against the chart&apos;s schema as you type. Everything stays in this browser: nothing you enter is sent anywhere.
      </p>
    </header>
  );
}
