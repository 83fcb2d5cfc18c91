import { describe, expect, it, vi } from "vitest";
import { createProgress } from "../../src/output/progress.js";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stderr: { write: (s: string) => chunks.push(s), isTTY, columns: 80 } };
}

describe("createProgress", () => {
  it("draws nothing on a pipe", () => {
    const s = stream(false);
    const p = createProgress(s.stderr, "inventaire.csv", 100);
    p.update(50);
    p.finish();
    expect(s.chunks).toEqual([]);
  });

  it("draws nothing when disabled (--quiet, --json)", () => {
    const s = stream(true);
    const p = createProgress(s.stderr, "inventaire.csv", 100, false);
    p.update(50);
    p.finish();
    expect(s.chunks).toEqual([]);
  });

  it("draws a bar with the percentage on a terminal, at most ten times a second, and clears it", () => {
    vi.useFakeTimers();
    try {
      const s = stream(true);
      const p = createProgress(s.stderr, "inventaire.csv", 200);
      vi.advanceTimersByTime(1000);
      p.update(50);
      p.update(60); // within 100 ms: not drawn
      vi.advanceTimersByTime(150);
      p.update(200);
      p.finish();
      expect(s.chunks).toHaveLength(3);
      expect(s.chunks[0]).toMatch(/^\rinventaire\.csv \[#+\.+\] {2}25 %$/);
      expect(s.chunks[1]).toMatch(/^\rinventaire\.csv \[#+\] 100 %$/);
      expect(s.chunks[2]).toBe("\r\u001b[2K");
    } finally {
      vi.useRealTimers();
    }
  });
});
