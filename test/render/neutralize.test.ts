import { describe, expect, it } from "vitest";
import { neutralize } from "../../src/render/blocks.js";

describe("neutralize (user text inside mrkdwn)", () => {
  it("turns markup characters into look-alikes and drops control and bidi characters", () => {
    const out = neutralize(
      "*b* _i_ ~s~ `c` :tada: a|b \u202Egnp.exe\u202C \u2066x\u2069 \u200Fy\u0000\u0007\tz\n",
    );
    expect(out).toBe("∗b∗ ＿i＿ ∼s∼ ʹcʹ ∶tada∶ a¦b gnp.exe x y z");
    expect(out).not.toMatch(/[*_~`:|\u202A-\u202E\u2066-\u2069\u200E\u200F\p{Cc}]/u);
  });
  it("leaves ordinary text alone", () => {
    expect(neutralize("Qui dirige l'évaluation du MARA ?")).toBe(
      "Qui dirige l'évaluation du MARA ?",
    );
  });
});
