/**
 * Staff commands while the site runs on the embedded database. PGlite can be
 * opened by one process only (lock.ts), so the staff CLI cannot open it
 * while the site does; instead the site listens on a unix socket in the
 * database's own directory, `<dir>/.staff.sock`, and runs the CLI's commands
 * (lib/consultation/staff-commands.ts) on its own connection: there is still
 * one writer. The socket is readable and writable by the site's user only
 * (0600), inside a directory that holds the data anyway, so it gives no one
 * anything they could not already read from the database files.
 *
 * (@electric-sql/pglite-socket, which serves the whole PostgreSQL protocol,
 * was considered: every release pins an exact PGlite version, 0.5.14 for
 * its latest, 0.2.17, while the site runs 0.5.16, and raw SQL access is more
 * than staff need.)
 *
 * The protocol is one JSON line each way and back: the client sends
 * {"argv": [...]}; the site answers with {"out": text} and {"err": text}
 * lines and ends with {"exit": code}.
 */
import { chmodSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const STAFF_SOCKET = ".staff.sock";

export interface StaffSocketIo {
  out(text: string): Promise<void>;
  err(text: string): void;
}

export type StaffCommandRunner = (argv: string[], io: StaffSocketIo) => Promise<number>;

export const staffSocketPath = (dir: string): string => path.join(path.resolve(dir), STAFF_SOCKET);

/** Largest command line accepted: a few flags, never a body of data. */
const MAX_REQUEST_BYTES = 16 * 1024;

/**
 * Listens on `<dir>/.staff.sock`. Call it only while holding the directory's
 * lock: a socket file left by a process that was killed is replaced.
 */
export async function serveStaffSocket(dir: string, run: StaffCommandRunner): Promise<{ file: string; close(): Promise<void> }> {
  const file = staffSocketPath(dir);
  rmSync(file, { force: true });
  const server = net.createServer((socket) => {
    let buffered = "";
    let started = false;
    const send = (message: object) =>
      new Promise<void>((resolve) => {
        if (socket.destroyed) resolve();
        else socket.write(`${JSON.stringify(message)}\n`, () => resolve());
      });
    socket.setEncoding("utf8");
    socket.on("error", () => undefined);
    socket.on("data", (chunk: string) => {
      if (started) return;
      buffered += chunk;
      if (buffered.length > MAX_REQUEST_BYTES) {
        socket.destroy();
        return;
      }
      const newline = buffered.indexOf("\n");
      if (newline === -1) return;
      started = true;
      void (async () => {
        let code = 1;
        try {
          const request = JSON.parse(buffered.slice(0, newline)) as { argv?: unknown };
          const argv =
            Array.isArray(request.argv) && request.argv.every((a) => typeof a === "string") ? (request.argv as string[]) : undefined;
          if (!argv) await send({ err: 'The staff socket expects {"argv": [strings]}.' });
          else code = await run(argv, { out: (text) => send({ out: text }), err: (text) => void send({ err: text }) });
        } catch (error) {
          await send({ err: `The site could not run the command: ${(error as Error).message}` });
        }
        await send({ exit: code });
        socket.end();
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(file, () => resolve());
  });
  chmodSync(file, 0o600);
  // The socket never keeps a server that is shutting down alive.
  server.unref();
  return {
    file,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(file, { force: true });
      }),
  };
}

/**
 * Sends a command line to the site holding `dir` and relays its output;
 * resolves with the exit code, or undefined when nothing listens there
 * (the holder is not a site of this version, or it is still starting).
 */
export function runThroughStaffSocket(dir: string, argv: string[], io: StaffSocketIo): Promise<number | undefined> {
  return new Promise((settle) => {
    let settled = false;
    const resolve = (code: number | undefined) => {
      if (!settled) settle(code);
      settled = true;
    };
    const socket = net.createConnection(staffSocketPath(dir));
    let buffered = "";
    let connected = false;
    let exit: number | undefined;
    let writing = Promise.resolve();
    socket.setEncoding("utf8");
    socket.on("connect", () => {
      connected = true;
      socket.write(`${JSON.stringify({ argv })}\n`);
    });
    socket.on("data", (chunk: string) => {
      buffered += chunk;
      for (let newline = buffered.indexOf("\n"); newline !== -1; newline = buffered.indexOf("\n")) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const message = JSON.parse(line) as { out?: string; err?: string; exit?: number };
        if (typeof message.out === "string") {
          const text = message.out;
          writing = writing.then(() => io.out(text));
        }
        if (typeof message.err === "string") io.err(message.err);
        if (typeof message.exit === "number") exit = message.exit;
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!connected) resolve(undefined);
      else {
        io.err(`The connection to the site broke: ${error.code ?? error.message}`);
        resolve(1);
      }
    });
    socket.on("close", () => {
      if (!connected) return;
      void writing.then(() => {
        if (exit === undefined) io.err("The site closed the connection before the command finished.");
        resolve(exit ?? 1);
      });
    });
  });
}
