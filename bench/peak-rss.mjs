// Preloaded with `node --import ./bench/peak-rss.mjs <script>`: prints the process's peak resident set
// size on standard error when it exits, so a bench can measure a child process's memory from outside.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
