import type { Locator, Page } from "@playwright/test";

export class SignInPage {
  readonly form: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator("form", { has: page.locator("#signin-email") });
    this.email = page.locator("#signin-email");
    this.password = page.locator("#signin-password");
    this.message = this.form.getByRole("alert");
  }

  async goto(callbackUrl?: string) {
    await this.page.goto(
      callbackUrl === undefined ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`,
    );
  }

  /** Opens /signin unless the page is on it already, and submits the form. */
  async signIn(email: string, password: string) {
    if (!new URL(this.page.url(), "http://x").pathname.startsWith("/signin")) await this.goto();
    await this.email.fill(email);
    await this.password.fill(password);
    // Wait for the post's answer: the next submission must not overtake this one.
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signin"),
      this.form.getByRole("button", { name: "Anmelden" }).click(),
    ]);
  }
}

export class SignUpPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator("form", { has: page.locator("#signup-email") });
  }

  async goto() {
    await this.page.goto("/signup");
  }

  async signUp(name: string, email: string, password: string) {
    await this.page.locator("#signup-name").fill(name);
    await this.page.locator("#signup-email").fill(email);
    await this.page.locator("#signup-password").fill(password);
    await this.form.getByRole("button", { name: "Konto anlegen" }).click();
  }
}

export class UserMenu {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole("navigation", { name: "Benutzermenü" });
  }

  async signOut() {
    await this.nav.getByRole("button", { name: "Abmelden" }).click();
  }
}

// The one message for a wrong password and an unknown address (e2e/auth-sign-in.spec.ts, auth-roles.spec.ts).
export const INVALID = "E-Mail-Adresse oder Passwort ist falsch.";
