import { publishedDecimals } from "@nrs/indicators";
__nrsLog(0, publishedDecimals("109588.488"), publishedDecimals("0.9024"), publishedDecimals("-0.0871")); // 2 3 4
export {};
