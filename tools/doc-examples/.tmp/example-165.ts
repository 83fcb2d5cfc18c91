import { CCF_HOST_EMBODIED } from "@nrs/footprint";
__nrsLog(0, CCF_HOST_EMBODIED["aws-m5"].hostVcpus); // "96"
export {};
