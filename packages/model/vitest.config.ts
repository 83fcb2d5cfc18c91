import { nrsProject } from "../../vitest.shared.js";

export default nrsProject();
