import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { FerryMetrics } from "./ferry-metrics.ts";

export interface MetricsServer {
  /** The port it listens on (the one asked for). */
  port: number;
  close(): Promise<void>;
}

/** Serves GET /metrics for Prometheus at host:port (FERRY_METRICS); anything else is 404. Rejects when it cannot listen. */
export async function serveMetrics(metrics: FerryMetrics, at: { host: string; port: number }, log: Logger): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || new URL(req.url ?? "/", "http://metrics").pathname !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    metrics.scrape().then(
      ({ contentType, text }) => res.writeHead(200, { "content-type": contentType }).end(text),
      (err: unknown) => {
        // The error stays in the log: a store's error may name more than a scraper should see.
        log.error({ err }, "metrics not collected");
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(at.port, at.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper's keep-alive connection would hold the shutdown.
        server.closeAllConnections();
      }),
  };
}
