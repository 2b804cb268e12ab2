export * from "../../scripts/lib/project-copy";
