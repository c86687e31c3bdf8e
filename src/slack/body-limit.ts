// Oversized requests are refused before anything is read. Bolt's HTTPReceiver only stops reading
// once `bodyLimit` bytes have arrived (its body reader is not given the announced length), so a
// request announcing 50 MB would hold a connection and a buffer while it trickles in. This checks
// the content-length header first; the receiver's own bodyLimit still bounds chunked bodies.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HTTPReceiver, Logger } from "@slack/bolt";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function refuseLargeBodies(receiver: HTTPReceiver, max: number, logger: Logger): void {
  const target = receiver as unknown as { requestListener: Listener };
  const next = target.requestListener;
  target.requestListener = (req, res) => {
    const announced = Number(req.headers["content-length"]);
    if (Number.isFinite(announced) && announced > max) {
      logger.warn(`refused a ${announced}-byte request (limit ${max} bytes) before reading it`);
      res.writeHead(413, { connection: "close", "content-length": 0 });
      res.end(() => req.destroy());
      return;
    }
    next(req, res);
  };
}
