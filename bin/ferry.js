#!/usr/bin/env node
// Ferry ships as TypeScript and runs through tsx (a runtime dependency).
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
