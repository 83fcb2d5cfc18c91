import { nrsProject } from "../../vitest.shared.js";

// Every documented example runs; a few build or spawn things.
export default nrsProject({ testTimeout: 30_000 });
