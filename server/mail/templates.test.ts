import { describe, expect, it } from "vitest";
import { renderMail } from "./templates";

const reply = {
  url: "https://blattwerk.test/posts/a#comment-2",
  article: "Ein <Titel>",
  name: "Anna",
  excerpt: "Danke!",
  unsubscribeUrl: "https://blattwerk.test/api/mail/unsubscribe?c=1&s=x",
};

describe("renderMail", () => {
  it("renders in the site's language from the catalogue, escaping the HTML", () => {
    const mail = renderMail("reply", reply, { name: "Blattwerk" });
    expect(mail.subject).toBe("Neue Antwort auf deinen Kommentar zu „Ein <Titel>“");
    expect(mail.text).toContain("Anna hat auf deinen Kommentar zu „Ein <Titel>“ geantwortet:");
    expect(mail.text).toContain("> Danke!");
    expect(mail.text).toContain(`Keine weiteren Benachrichtigungen zu diesem Kommentar: ${reply.unsubscribeUrl}`);
    expect(mail.text).toContain("Diese E-Mail wurde automatisch von Blattwerk verschickt.");
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain("Ein &lt;Titel&gt;");
    expect(mail.html).toContain(
      '<a href="https://blattwerk.test/api/mail/unsubscribe?c=1&amp;s=x">Keine weiteren Benachrichtigungen zu diesem Kommentar</a>',
    );
    expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("takes the locale explicitly, and offers unsubscribing only from reply notifications", () => {
    const mail = renderMail("password-reset", { url: "https://blattwerk.test/reset?t=1" }, { name: "B" }, "en");
    expect(mail.subject).toBe("Reset your password at B");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain(">Choose a new password</a>");
    expect(mail.text).not.toContain("notifications");
    expect(mail.headers["List-Unsubscribe"]).toBeUndefined();
  });

  it("lists a digest's comments, each with its own link, and escapes them in the HTML", () => {
    const items = [
      { url: "https://blattwerk.test/dashboard/comments/7", article: "A<1>", name: "Eva", excerpt: "Erstens" },
      { url: "https://blattwerk.test/dashboard/comments/9", article: "B", name: "Max", excerpt: "Zweitens" },
    ];
    const mail = renderMail(
      "moderation-digest",
      { url: "https://blattwerk.test/dashboard/comments", items },
      { name: "B" },
    );
    expect(mail.subject).toBe("Kommentare warten auf Freigabe bei B (2)");
    expect(mail.text).toContain("Eva · „A<1>“\n> Erstens\nhttps://blattwerk.test/dashboard/comments/7");
    expect(mail.text).toContain("https://blattwerk.test/dashboard/comments/9");
    expect(mail.html).toContain('<a href="https://blattwerk.test/dashboard/comments/7">Eva · „A&lt;1&gt;“</a>');
    expect(mail.headers["List-Unsubscribe"]).toBeUndefined();
  });
});
