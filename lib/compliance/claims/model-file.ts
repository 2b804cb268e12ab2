import path from "node:path";

export const MODEL_FILE = path.join("lib", "compliance", "claims", "model.generated.json");
