// Signing bench accounts in over HTTP, as a browser would. The sign-in flow is built on
// another branch; this speaks Auth.js's credentials endpoints (csrf token, then the
// callback), which that branch's config exposes. When the site has no sign-in yet, callers
// get a reason to print instead of a cookie, and the signed-in cases are skipped.
export type SignInResult = { cookie: string } | { skipped: string };

function cookiesFrom(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<SignInResult> {
  const page = await fetch(`${baseUrl}/signin`, { redirect: "manual" });
  if (page.status === 404) return { skipped: "no sign-in" };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok || !String(csrf.headers.get("content-type")).includes("json")) return { skipped: "no sign-in" };
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  await res.arrayBuffer();
  // The session cookie may be split into numbered chunks (authjs.session-token.0, .1, …).
  const session = cookiesFrom(res).filter((c) => /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=./.test(c));
  if (session.length === 0) return { skipped: `sign-in refused (${res.status})` };
  return { cookie: session.join("; ") };
}

/** Signs several accounts in one after another (argon2 verification is deliberately slow). */
export async function signInAll(
  baseUrl: string,
  emails: string[],
  password: string,
): Promise<string[] | { skipped: string }> {
  const cookies: string[] = [];
  for (const email of emails) {
    const result = await signIn(baseUrl, email, password);
    if ("skipped" in result) return result;
    cookies.push(result.cookie);
  }
  return cookies;
}
