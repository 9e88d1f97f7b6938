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
});
