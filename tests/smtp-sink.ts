// A real SMTP server for the mail tests (smtp-server): records every message it receives and
// can refuse or stall deliveries, as a mail server having trouble would.
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; raw: string; accepted: boolean };
export type SinkBehaviour = (mail: { to: string; raw: string }) => "accept" | "refuse" | "stall";

export async function startSmtpSink(port: number, behaviour: SinkBehaviour = () => "accept") {
  const mails: ReceivedMail[] = [];
  const state = { behaviour };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        const decision = state.behaviour({ to, raw });
        mails.push({ to, raw, accepted: decision === "accept" });
        if (decision === "accept") callback();
        else if (decision === "refuse") callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
        // "stall": never answers, as a server hanging after the message's last line.
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    mails,
    state,
    /** Accepted mails only: the raw message and its decoded body (quoted-printable, UTF-8). */
    delivered: (to: string) =>
      mails.filter((m) => m.accepted && m.to === to).map((m) => ({ raw: m.raw, text: decodeBody(m.raw) })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` holds (a wait for something to happen, not a timing assertion). */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The message's parts decoded from quoted-printable, headers left as they are. */
export function decodeBody(raw: string): string {
  const start = raw.indexOf("\r\n\r\n");
  const body = raw
    .slice(start)
    .replace(/=\r?\n/g, "")
    .replace(/(=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ""), "hex").toString("utf8"));
  return raw.slice(0, start) + body;
}
