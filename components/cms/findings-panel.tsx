"use client";

import { ActionButton } from "@keystar/ui/button";
import { VStack } from "@keystar/ui/layout";
import { TextLink } from "@keystar/ui/link";
import { Notice } from "@keystar/ui/notice";
import { Heading, Text } from "@keystar/ui/typography";
import { useCallback, useEffect, useState } from "react";

/** The part of lib/preview.ts's DocumentFindings the panel shows (a JSON answer). */
interface Finding {
  line: number;
  field: string;
  severity: "error" | "warning";
  message: string;
  fix?: string;
}

type PanelState =
  | { kind: "loading" }
  | { kind: "unsaved" }
  | { kind: "sign-in"; href: string }
  | { kind: "failed" }
  | { kind: "done"; file: string; findings: Finding[] };

/** /keystatic/collection/<name>/item/<slug> or /keystatic/singleton/<name>, as Keystatic's router writes them. */
function documentInView(pathname: string): { collection: string; slug?: string } | undefined {
  const item = /^\/keystatic\/(?:branch\/[^/]+\/)?collection\/([a-z]+)\/item\/([a-z0-9-]+)/.exec(pathname);
  if (item?.[1] && item[2]) return { collection: item[1], slug: item[2] };
  const singleton = /^\/keystatic\/(?:branch\/[^/]+\/)?singleton\/([a-z]+)/.exec(pathname);
  return singleton?.[1] ? { collection: singleton[1] } : undefined;
}

async function load(): Promise<PanelState> {
  const doc = documentInView(window.location.pathname);
  if (!doc) return { kind: "unsaved" };
  const query = new URLSearchParams({ collection: doc.collection, ...(doc.slug ? { slug: doc.slug } : {}) });
  try {
    const response = await fetch(`/api/compliance/findings?${query.toString()}`, { cache: "no-store", credentials: "same-origin" });
    if (response.status === 401) {
      const next = `${window.location.pathname}${window.location.search}`;
      return { kind: "sign-in", href: `/preview/sign-in?${new URLSearchParams({ next }).toString()}` };
    }
    if (response.status === 404) return { kind: "unsaved" };
    if (!response.ok) return { kind: "failed" };
    return { kind: "done", ...((await response.json()) as { file: string; findings: Finding[] }) };
  } catch {
    return { kind: "failed" };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The editing UI's compliance findings: what `npm run content:check` says
 * about the saved document on screen, from the same check the build runs
 * (app/api/compliance/findings). It reads the saved file, so it says so, and
 * checks again when asked, after a save, or when the window regains focus.
 */
export function FindingsPanel() {
  return (
    <section aria-labelledby="compliance-findings-label">
      <VStack gap="regular">
        <Text id="compliance-findings-label" weight="semibold" size="medium">
          Compliance findings
        </Text>
        <FindingsBody />
      </VStack>
    </section>
  );
}

function FindingsBody() {
  const [state, setState] = useState<PanelState>({ kind: "loading" });
  const refresh = useCallback(() => {
    setState({ kind: "loading" });
    void load().then(setState);
  }, []);

  useEffect(() => {
    // The first check starts in the "loading" state already, so it only needs the answer.
    let live = true;
    void load().then((next) => live && setState(next));
    window.addEventListener("focus", refresh);
    return () => {
      live = false;
      window.removeEventListener("focus", refresh);
    };
  }, [refresh]);

  const again = (
    <ActionButton onPress={refresh} isDisabled={state.kind === "loading"}>
      Check again
    </ActionButton>
  );

  switch (state.kind) {
    case "loading":
      return <Text>Checking the saved document…</Text>;
    case "unsaved":
      return <Text>Save the document to check it: findings appear here, the same as the build gives.</Text>;
    case "sign-in":
      return (
        <Text>
          Findings show unpublished copy, so they need an editor: <TextLink href={state.href}>sign in</TextLink>.
        </Text>
      );
    case "failed":
      return (
        <VStack gap="regular" alignItems="start">
          <Text>The check could not run just now.</Text>
          {again}
        </VStack>
      );
    case "done": {
      const errors = state.findings.filter((f) => f.severity === "error").length;
      const warnings = state.findings.length - errors;
      if (state.findings.length === 0) {
        return (
          <VStack gap="regular" alignItems="start">
            <Notice tone="positive">
              <Text>No problems: the saved {state.file} passes the content check and can be published.</Text>
            </Notice>
            {again}
          </VStack>
        );
      }
      return (
        <VStack gap="regular" alignItems="start">
          <Notice tone={errors > 0 ? "critical" : "caution"}>
            <Heading>
              {plural(errors, "error")} and {plural(warnings, "warning")} in the saved {state.file}
            </Heading>
            <Text>{errors > 0 ? "The build refuses this document until the errors are fixed." : "Warnings do not stop the build."}</Text>
          </Notice>
          <ul aria-label="Compliance findings" style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
            {state.findings.map((f) => (
              <li key={`${f.line}:${f.field}:${f.message}`} style={{ marginBlockEnd: "0.5rem" }}>
                <Text>
                  Line {f.line}, {f.severity === "warning" ? "warning " : ""}
                  <code>{f.field}</code>: {f.message}
                  {f.fix && !f.message.includes(f.fix) ? ` How to fix it: ${f.fix}` : ""}
                </Text>
              </li>
            ))}
          </ul>
          {again}
        </VStack>
      );
    }
  }
}
