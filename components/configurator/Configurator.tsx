'use client';

import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { editorSchema, formRootSchema, topLevelKeys, type Schema } from '@/lib/schema/form-schema';
import { dependencyPairs, type ConfiguratorLayout } from '@/lib/schema/groups';

import type { Preset } from '@/lib/values/presets';
import type { GeneratedSecretsText } from '@/lib/chart/generated-secrets';
import { applicableBlocks, credentialBlocks } from '@/lib/values/shared-secret';
import { ConfiguratorBoundary } from './ConfiguratorBoundary';
import { ConfiguratorIntro } from './ConfiguratorIntro';
import { SizeFiguresContext, type SizeFigures } from './size-figures';
import type { GroupViewProps } from './group-views';
import { ErrorList } from './ErrorList';
import { clusterWarningMarkers, markersFor } from './issues';
import { ManifestsPanel } from './ManifestsPanel';
import type { EngineSource } from '@/lib/engine/protocol';
import type { ClusterChecks } from '@/lib/cluster/warnings';
import { TargetCluster } from './TargetCluster';
import { PresetBar } from './PresetBar';
import { SharePanel } from './SharePanel';
import { AllSettings } from './AllSettings';
import { DecisionsView } from './DecisionsView';
import { ViewTabs, type ConfigView } from './ViewTabs';
import { UnusedSettings } from './UnusedSettings';
import { UpgradeAssistant } from './UpgradeAssistant';
import { useKeyForms } from './useKeyForms';
import { useSlots } from './useSlots';
import { useApplicability } from './useApplicability';
import { useConfigurator } from './useConfigurator';

import { useGoTo } from './useGoTo';
import { YamlPanel } from './YamlPanel';
import './configurator.css';

// Copy, Download and the install commands (with the Secrets' kubectl commands) are rendered by the server and
// hydrated once their code is loaded: they are below the editor, and the first load has room for little more.
const LeaveWithResult = lazy(() => import('./LeaveWithResult').then((m) => ({ default: m.LeaveWithResult })));
// Only a link opened over different saved work asks anything: the question is not part of the first load.
const LinkQuestion = lazy(() => import('./LinkQuestion').then((m) => ({ default: m.LinkQuestion })));

export interface ConfiguratorProps {
  /** The chart's values.schema.json. */
  schema: Schema;
  /** The chart's values.yaml, as text (its comments appear in the full view). */
  defaultsText: string;
  /** The groups, decisions and conditions read from values.yaml's comments (lib/schema/groups.ts), on the server. */
  layout: ConfiguratorLayout;
  /** What each size gives the values that choose one (lib/chart/sizes.ts), for their descriptions in the form. */
  sizeFigures: SizeFigures;
  presets: Preset[];
  /** False when the precompiled validators were built from another version of the schema. */
  validatorsCurrent?: boolean;
  /** Helm's engine for the manifests view (loaded only when the view is opened). */
  engine?: EngineSource;
  /** The chart version this page configures (Chart.yaml) and its archive's digest in this site's index.yaml. */
  chart: { version: string; appVersion: string; digest: string | null };
  /** The words of the chart's refusal to generate must-not-change Secrets without the cluster (the exports quote it). */
  generatedSecrets: GeneratedSecretsText;
  /** What the form warns of for the target cluster, worked out from the chart (lib/cluster/warnings.ts). */
  clusterChecks?: ClusterChecks;
}

/** The configurator, inside the boundary that keeps the user's text if a render ever throws. */
export function Configurator(props: ConfiguratorProps) {
  return <ConfiguratorBoundary>{(keep) => <ConfiguratorViews {...props} keepText={keep} />}</ConfiguratorBoundary>;
}

function ConfiguratorViews({
  schema,
  defaultsText,
  layout,
  sizeFigures,
  presets,
  validatorsCurrent = true,
  engine,
  chart,
  clusterChecks,
  generatedSecrets,
  keepText,
}: ConfiguratorProps & { keepText: (text: string) => void }) {
  const c = useConfigurator(schema, defaultsText, keepText, clusterChecks);
  // c.profile is the target cluster for everything that renders or exports: pass it on as `profile`.
  const { state, effective, issues, requirements } = c;
  const formSchema = useMemo(() => formRootSchema(schema), [schema]);
  const monacoSchema = useMemo(() => editorSchema(schema), [schema]);
  const keys = useMemo(() => topLevelKeys(schema), [schema]);
  const { groups } = layout;
  const pairs = useMemo(() => dependencyPairs(keys), [keys]);
  const { formDataFor, errorsFor, onKeysChange, handlerFor } = useKeyForms(keys, effective, issues, c.externalEpoch, c.onFormChange);

  const { positions } = c;
  // A refused text (too large, aliases expanding too far) is not sent to Helm's engine either: it shows the last
  // text that was not refused.
  const refused = state.problems.some((p) => p.refused);
  const renderable = useLastAccepted(state.text, refused || Boolean(state.checking));
  const { warnings } = c;
  const markers = useMemo(() => {
    const problems = markersFor(state.text, issues, state.problems, schema, positions);
    // A text that does not parse shows its syntax errors only.
    return state.problems.length > 0 || warnings.length === 0 ? problems : [...problems, ...clusterWarningMarkers(warnings, positions())];
  }, [state.text, issues, state.problems, schema, positions, warnings]);

  // The first view is the few decisions; "All settings" is every group. Error navigation opens the view a field is in.
  const [view, setView] = useState<ConfigView>('decisions');
  const showAll = useCallback(() => setView('all'), []);
  const { reveal, goToLine, goToField } = useGoTo(markers, issues, showAll);
  const { uiFor, unused } = useApplicability(layout.when, c.defaults, effective);
  const declaredCredentials = useMemo(() => credentialBlocks(layout.credentials, c.defaults), [layout.credentials, c.defaults]);
  const credentials = useMemo(
    () => applicableBlocks(declaredCredentials, layout.when, effective),
    [declaredCredentials, layout.when, effective],
  );
  // The file the upgrade assistant carried from, so that the manifests view can compare the two versions' renders.
  const [earlier, setEarlier] = useState<{ version: string; text: string } | undefined>(undefined);
  const { openFile } = c;
  const openCarried = useCallback(
    (text: string, from: { version: string; text: string }) => {
      setEarlier(from);
      openFile(text);
    },
    [openFile],
  );
  const slots = useSlots(effective, issues, c.externalEpoch, c.onPathsChange);
  const viewProps: Omit<GroupViewProps, 'keys'> = {
    schema: formSchema,
    pairs,
    effective,
    issues,
    requirements,
    formDataFor,
    errorsFor,
    handlerFor,
    uiFor,
    onChange: onKeysChange,
    onAuthChoice: c.setAuthChoice,
    onDependencyMode: c.setDependencyMode,
    onFileChange: c.changeFile,
    credentials,
  };

  return (
    <SizeFiguresContext value={sizeFigures}>
      <div className="configurator space-y-6">
        <ConfiguratorIntro origin={c.origin.kind} validatorsCurrent={validatorsCurrent} notice={c.notice} />
        {c.linkQuestion ? (
          <Suspense fallback={null}>
            <LinkQuestion question={c.linkQuestion} />
          </Suspense>
        ) : null}

        <PresetBar presets={presets} onLoad={c.loadPreset} onReset={c.reset}>
          <UpgradeAssistant defaults={c.defaults} schema={schema} onOpen={openCarried} />
        </PresetBar>

        <div className="grid gap-6 lg:grid-cols-2">
          <div className="min-w-0 space-y-6" data-testid="form-column">
            <ViewTabs view={view} onView={setView} />
            {view === 'decisions' ? (
              <div id="view-decisions" role="tabpanel" aria-labelledby="tab-decisions" className="space-y-6">
                <DecisionsView decisions={layout.decisions} viewProps={viewProps} slots={slots} />
              </div>
            ) : (
              <AllSettings groups={groups} viewProps={viewProps} />
            )}
          </div>

          <div className="min-w-0 space-y-6 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
            <YamlPanel
              text={state.text}
              mode={state.mode}
              onModeChange={c.setMode}
              onTextChange={c.onTextChange}
              schema={monacoSchema}
              markers={markers}
              reveal={reveal}
            />
            <ErrorList
              issues={issues}
              problems={state.problems}
              checking={Boolean(state.checking)}
              rulesLoaded={c.rulesLoaded}
              warnings={warnings}
              onGoToField={goToField}
              onGoToLine={goToLine}
            />
            <UnusedSettings unused={unused} />
            <TargetCluster
              profile={c.profile}
              onChange={c.setProfile}
              versionWarning={warnings.find((w) => w.path.length === 0)?.message}
            />
            {engine ? (
              <ManifestsPanel engine={engine} values={renderable} earlier={earlier} profile={c.profile} defaultsText={defaultsText} />
            ) : null}
            <Suspense fallback={null}>
              <LeaveWithResult
                chart={chart}
                text={state.text}
                values={state.user}
                effective={effective}
                generatedSecrets={generatedSecrets}
                profile={c.profile}
                valid={c.rulesLoaded && issues.length === 0 && state.problems.length === 0}
                unreadable={state.checking ? 'checking' : refused ? 'refused' : state.problems.length > 0 ? 'syntax' : null}
              />
            </Suspense>
            <SharePanel user={state.user} schema={schema} profile={c.profile} />
          </div>
        </div>
      </div>
    </SizeFiguresContext>
  );
}

/** `value`, or while `held` the last value that was not. */
function useLastAccepted(value: string, held: boolean): string {
  const [last, setLast] = useState(value);
  if (!held && last !== value) setLast(value);
  return held ? last : value;
}
