import "server-only";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { WXR_UPLOAD_MAX_BYTES } from "@/lib/upload-limits";
import { invalid, isAppError } from "@/server/http/errors";
import { uploadFolder } from "./jobs";

export type WxrUpload = { dir: string; file: string; name: string; fields: Record<string, string> };

// request.formData() would hold the whole file in memory: the multipart body is parsed as it
// arrives (busboy) and the file part written straight to a temporary file.
export async function receiveWxrUpload(request: Request): Promise<WxrUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data/i.test(type)) throw invalid("wordpressImport.noFile", type);
  const dir = await uploadFolder();
  const file = path.join(dir, "export.xml");
  const fields: Record<string, string> = {};
  let name = "";
  let written: Promise<void> | null = null;
  let tooLarge = false;
  try {
    const parser = busboy({
      headers: { "content-type": type },
      limits: { files: 1, fileSize: WXR_UPLOAD_MAX_BYTES, fields: 10, fieldSize: 1024 },
    });
    parser.on("field", (key, value) => {
      fields[key] = value;
    });
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || written) {
        stream.resume();
        return;
      }
      name = path.basename(info.filename || "").slice(0, 200);
      stream.on("limit", () => {
        tooLarge = true;
      });
      written = pipeline(stream, createWriteStream(file));
    });
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), parser);
    await written;
    if (tooLarge) throw invalid("wordpressImport.tooLarge", `over ${WXR_UPLOAD_MAX_BYTES} bytes`);
    const size = written ? (await fs.stat(file)).size : 0;
    if (size === 0) throw invalid("wordpressImport.noFile", "no file part or an empty one");
    return { dir, file, name: name || "export.xml", fields };
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    // A broken or aborted body: the parser's message is for the log, not the page.
    throw isAppError(error) ? error : invalid("wordpressImport.uploadFailed", String(error));
  }
}
