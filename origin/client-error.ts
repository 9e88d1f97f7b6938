import { randomUUID } from "node:crypto";
import type { Duplex } from "node:stream";
import { errorPage } from "./error-page";

/**
 * Oversized headers get 431 and a request line Node cannot parse 400, instead of a reset: the
 * rest of what the client sends is read and dropped until it has had time to read the answer
 * (closing with unread data makes the kernel send a reset, which the client sees first).
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return void socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "HPE_URI_TOO_LONG" ? 414 : 400;
  const body = errorPage(status, randomUUID());
  const reason = status === 431 ? "Request Header Fields Too Large" : status === 414 ? "URI Too Long" : "Bad Request";
  socket.on("data", () => {});
  socket.on("error", () => {});
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), 2000).unref();
}
