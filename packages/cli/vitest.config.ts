import { nrsProject } from "../../vitest.shared.js";

// End-to-end tests spawn the built CLI, which takes a few seconds on a busy two-core machine.
export default nrsProject({ testTimeout: 30_000 });
