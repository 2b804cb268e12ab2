"use client";

import { makePage } from "@keystatic/next/ui/app";
import config from "@/keystatic.config";

/** The Keystatic admin UI (a client component); mounted only by app/keystatic/layout.admin.tsx. */
const KeystaticApp = makePage(config);

export default KeystaticApp;
