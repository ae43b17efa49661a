// Serves the Workers builds (dist/workers/<fn>/) on workerd through Miniflare 4, behind one
// loopback port that routes by each function's declared route, like `portcullis dev` does.
//
//   node workers-host.mjs <config.json>
//
// config.json: { "listen": "127.0.0.1:0", "persist": "<dir or null>", "bindings": { NAME: value },
//                "functions": [ { "name", "route", "script" } ] }
//
// Each function gets its own Durable Object namespace (PORTCULLIS_STATE, class PortcullisState)
// and KV namespace (PORTCULLIS_CACHE), as when deployed. Extra control route:
//   POST /__scheduled?function=<name>&cron=<expr>   runs the function's `scheduled` handler.
// Prints one line `workers-host listening on http://<addr>` when ready.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// Miniflare lives in the tool cache (.tools/node/node_modules), not beside this script.
const modules = process.env.PORTCULLIS_NODE_MODULES;
const require = createRequire(modules ? modules.replace(/\/?$/, "/") : import.meta.url);
const { Miniflare } = await import(pathToFileURL(require.resolve("miniflare")).href);

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));

const base = (name, script) => ({
  name,
  modules: true,
  scriptPath: script,
  modulesRoot: path.dirname(script),
  modulesRules: [
    { type: "ESModule", include: ["**/*.js"] },
    { type: "CompiledWasm", include: ["**/*.wasm"] },
  ],
  compatibilityDate: "2025-09-01",
});
// Bindings as wrangler.toml declares them: the state worker owns the Durable Object class;
// stateful functions bind to it by script name; `cache` functions get a KV namespace.
const workers = config.functions.map((f) => ({
  ...base(f.name, f.script),
  bindings: config.bindings,
  durableObjects: f.state
    ? { PORTCULLIS_STATE: { className: "PortcullisState", scriptName: "portcullis-state" } }
    : {},
  kvNamespaces: f.cache ? ["PORTCULLIS_CACHE"] : [],
}));
if (config.state) {
  workers.push({
    ...base("portcullis-state", config.state),
    durableObjects: { PORTCULLIS_STATE: "PortcullisState" },
  });
}

const mf = new Miniflare({
  workers,
  host: "127.0.0.1",
  port: 0,
  ...(config.persist
    ? { durableObjectsPersist: config.persist + "/do", kvPersist: config.persist + "/kv" }
    : {}),
});
await mf.ready;

const handles = new Map();
for (const f of config.functions) handles.set(f.name, await mf.getWorker(f.name));

function matches(route, path) {
  if (route.endsWith("/...")) {
    const prefix = route.slice(0, -4);
    return path === prefix || path.startsWith(prefix + "/");
  }
  return path === route;
}

const server = http.createServer(async (req, res) => {
  try {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, "http://" + (req.headers.host || "localhost"));
    if (url.pathname === "/__scheduled") {
      const worker = handles.get(url.searchParams.get("function"));
      if (!worker) { res.writeHead(404).end("unknown function"); return; }
      const result = await worker.scheduled({ cron: url.searchParams.get("cron") || "" });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      return;
    }
    const fn = config.functions.find((f) => matches(f.route, url.pathname));
    if (!fn) {
      res.writeHead(404, { "content-type": "application/problem+json" })
        .end('{"type":"about:blank","title":"Not Found","status":404}');
      return;
    }
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
    // Miniflare's own router picks the worker named by this header. (The proxy behind
    // `getWorker().fetch` refuses non-local Origin headers, which the CORS tests need.)
    headers.set("MF-Route-Override", fn.name);
    const init = { method: req.method, headers, redirect: "manual" };
    if (!["GET", "HEAD"].includes(req.method)) init.body = body;
    const resp = await mf.dispatchFetch(url.toString(), init);
    const out = {};
    resp.headers.forEach((v, k) => {
      out[k] = k in out ? out[k] + ", " + v : v;
    });
    const buf = Buffer.from(await resp.arrayBuffer());
    res.writeHead(resp.status, out).end(buf);
  } catch (e) {
    console.error("workers-host error:", e);
    res.writeHead(502).end(String(e));
  }
});

const [host, port] = config.listen.split(":");
server.listen(Number(port), host, () => {
  const a = server.address();
  console.log(`workers-host listening on http://${a.address}:${a.port}`);
});

const stop = async () => { server.close(); await mf.dispose(); process.exit(0); };
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
