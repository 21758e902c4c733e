import { describe, expect, it } from "vitest";
import { encodeVotes, voteLines } from "../../components/council/vote-lines";

const members = [
  { id: "u1", fullName: "Nguyễn Văn An", present: true },
  { id: "u2", fullName: "Trần Thị Bình", present: true },
  { id: "u3", fullName: "Lê Văn Cường", present: false },
  { id: "u4", fullName: "Phạm Thị Dung", present: true },
  { id: "u5", fullName: "Hoàng Văn Em", present: true },
];
const ids = members.map((m) => m.id);

describe("an open ballot's votes on the results page", () => {
  it("travel as one letter per member and come back as the lines the page shows, in the members' order", () => {
    const code = encodeVotes(ids, { u1: "AGREE", u2: "DISAGREE", u4: "AGREE", u5: "ABSTAIN" });
    expect(code).toBe("AD.AB");
    expect(voteLines(members, code)).toEqual([
      { label: "Đồng ý (2)", names: "Nguyễn Văn An, Phạm Thị Dung" },
      { label: "Không đồng ý (1)", names: "Trần Thị Bình" },
      { label: "Không biểu quyết (1)", names: "Hoàng Văn Em" },
      { label: "Không bỏ phiếu (1)", names: "Lê Văn Cường (vắng mặt)", muted: true },
    ]);
  });

  it("leave out a choice nobody made, and name present members who did not vote without the absence mark", () => {
    expect(voteLines(members, encodeVotes(ids, { u1: "AGREE", u3: "AGREE" }))).toEqual([
      { label: "Đồng ý (2)", names: "Nguyễn Văn An, Lê Văn Cường" },
      { label: "Không bỏ phiếu (3)", names: "Trần Thị Bình, Phạm Thị Dung, Hoàng Văn Em", muted: true },
    ]);
    expect(voteLines(members, encodeVotes(ids, {}))).toEqual([
      { label: "Không bỏ phiếu (5)", names: "Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường (vắng mặt), Phạm Thị Dung, Hoàng Văn Em", muted: true },
    ]);
  });

  it("ignore a vote of someone who is not a member convened", () => {
    expect(encodeVotes(ids, { stranger: "DISAGREE", u2: "ABSTAIN" })).toBe(".B...");
  });
});
