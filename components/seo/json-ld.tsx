import type { Graph } from "schema-dts";
import { serializeJsonLd } from "@/lib/json-ld";

export interface JsonLdProps {
  graph: Graph;
}

/** The page's one structured-data graph, in the HTML as served. */
export function JsonLd({ graph }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
