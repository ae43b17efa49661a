//! End-to-end tests: build the test component (test-component/), start the real
//! `spin-test-host` binary on a free port with a temporary manifest, and talk HTTP to it.
//!
//! The component is built once per test run with `cargo build --release --target
//! wasm32-wasip2` into `target/test-component/`; set `SPIN_HOST_TEST_COMPONENT=<file.wasm>` to
//! use a pre-built one instead. Every process started here is killed by PID when its guard is
//! dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

const READY_PREFIX: &str = "spin-test-host listening on http://";

// ---- the test component ---------------------------------------------------------------------

fn component_wasm() -> &'static Path {
    static WASM: OnceLock<PathBuf> = OnceLock::new();
    WASM.get_or_init(|| {
        if let Ok(p) = std::env::var("SPIN_HOST_TEST_COMPONENT") {
            let p = PathBuf::from(p);
            assert!(
                p.is_file(),
                "SPIN_HOST_TEST_COMPONENT={} not found",
                p.display()
            );
            return p;
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let target = root.join("target").join("test-component");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .current_dir(root.join("test-component"))
            .args([
                "build",
                "--release",
                "--target",
                "wasm32-wasip2",
                "--locked",
            ])
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .status()
            .expect("failed to run cargo to build the test component");
        assert!(status.success(), "building test-component failed");
        let wasm = target.join("wasm32-wasip2/release/spin_host_test_component.wasm");
        assert!(wasm.is_file(), "{} missing after build", wasm.display());
        wasm
    })
}

// ---- temp dirs --------------------------------------------------------------------------------

struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "spin-test-host-e2e-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Self(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---- the host process -------------------------------------------------------------------------

/// A running `spin-test-host`; killed (by PID) and reaped on drop.
struct Host {
    child: Child,
    addr: SocketAddr,
    stdout: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<String>>,
    _dir: TempDir,
}

/// The outcome of a host that exited instead of becoming ready.
#[derive(Debug)]
struct StartFailure {
    code: Option<i32>,
    stdout: Vec<String>,
    stderr: String,
}

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Host {
    fn stdout(&self) -> Vec<String> {
        self.stdout.lock().unwrap().clone()
    }
    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
    /// Poll until `pred` holds for stdout/stderr (component output is written asynchronously).
    fn wait_output(&self, what: &str, pred: impl Fn(&[String], &str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if pred(&self.stdout(), &self.stderr()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "timed out waiting for {what}\nstdout: {:?}\nstderr: {}",
            self.stdout(),
            self.stderr()
        );
    }
}

/// Write `manifest` (with `@WASM@` replaced by the test component's path) and optional
/// runtime config into a temp dir, and start the host there with exactly `env` as
/// `SPIN_VARIABLE_*` variables.
fn start(
    manifest: &str,
    runtime_config: Option<&str>,
    env: &[(&str, &str)],
) -> Result<Host, StartFailure> {
    let wasm = component_wasm();
    let dir = TempDir::new();
    let manifest_path = dir.0.join("spin.toml");
    std::fs::write(
        &manifest_path,
        manifest.replace("@WASM@", &wasm.display().to_string()),
    )
    .unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spin-test-host"));
    cmd.arg("--manifest")
        .arg(&manifest_path)
        .args(["--listen", "127.0.0.1:0"]);
    if let Some(rc) = runtime_config {
        let p = dir.0.join("runtime-config.toml");
        std::fs::write(&p, rc).unwrap();
        cmd.arg("--runtime-config").arg(p);
    }
    for (k, _) in std::env::vars() {
        if k.starts_with("SPIN_VARIABLE_") {
            cmd.env_remove(k);
        }
    }
    cmd.envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("failed to start spin-test-host");

    let stdout = Arc::new(Mutex::new(Vec::new()));
    let stderr = Arc::new(Mutex::new(String::new()));
    let (ready_tx, ready_rx) = mpsc::channel();
    {
        let out = child.stdout.take().unwrap();
        let lines = stdout.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.strip_prefix(READY_PREFIX) {
                    let _ = ready_tx.send(addr.to_string());
                }
                lines.lock().unwrap().push(line);
            }
        });
        let mut err = child.stderr.take().unwrap();
        let buf = stderr.clone();
        std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(n) = err.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                buf.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&chunk[..n]));
            }
        });
    }

    let mut host = Host {
        child,
        addr: "127.0.0.1:0".parse().unwrap(),
        stdout,
        stderr,
        _dir: dir,
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Ok(addr) = ready_rx.recv_timeout(Duration::from_millis(100)) {
            host.addr = addr.parse().expect("ready line has a socket address");
            return Ok(host);
        }
        if let Some(status) = host.child.try_wait().unwrap() {
            // Let the reader threads drain the pipes.
            std::thread::sleep(Duration::from_millis(200));
            return Err(StartFailure {
                code: status.code(),
                stdout: host.stdout(),
                stderr: host.stderr(),
            });
        }
        assert!(
            Instant::now() < deadline,
            "host not ready in time; stderr: {}",
            host.stderr()
        );
    }
}

fn start_ok(manifest: &str, runtime_config: Option<&str>, env: &[(&str, &str)]) -> Host {
    match start(manifest, runtime_config, env) {
        Ok(h) => h,
        Err(f) => panic!("host failed to start: {f:?}"),
    }
}

// ---- a minimal HTTP/1.1 client ----------------------------------------------------------------

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let extra: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}\r\n"))
        .collect();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{extra}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("no end of headers");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"))
    {
        body = dechunk(&body);
    }
    Resp {
        status,
        headers,
        body: String::from_utf8(body).unwrap(),
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let eol = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_str = std::str::from_utf8(&data[..eol]).unwrap();
        let size = usize::from_str_radix(size_str.split(';').next().unwrap().trim(), 16).unwrap();
        data = &data[eol + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

fn get(host: &Host, path: &str) -> Resp {
    request(host.addr, "GET", path, &[], "")
}

// ---- manifests ----------------------------------------------------------------------------------

const APP: &str = r#"
spin_manifest_version = 2

[application]
name = "e2e"

[variables]
greeting = { default = "hello" }
token = { required = true, secret = true }

[[trigger.http]]
route = "/main/..."
component = "main"

[[trigger.http]]
route = "/other"
component = "other"

[[trigger.http]]
route = "/nokv"
component = "nokv"

[component.main]
source = "@WASM@"
key_value_stores = ["default"]
allowed_outbound_hosts = ["http://127.0.0.1:*"]
[component.main.variables]
msg = "{{ greeting }}, {{token}}!"
plain = "literal"

[component.other]
source = "@WASM@"
key_value_stores = ["default"]

[component.nokv]
source = "@WASM@"
allowed_outbound_hosts = []
"#;

const ROUTES: &str = r#"
spin_manifest_version = 2
[application]
name = "routes"

[[trigger.http]]
route = "/exact"
component = "c"

[[trigger.http]]
route = "/api/..."
component = "c"

[[trigger.http]]
route = "/api/v1/..."
component = "c"

[component.c]
source = "@WASM@"
"#;

// ---- tests --------------------------------------------------------------------------------------

#[test]
fn variables_resolve_and_undeclared_ones_are_errors() {
    let host = start_ok(APP, None, &[("SPIN_VARIABLE_TOKEN", "t0k")]);

    let r = get(&host, "/main?var=msg");
    assert_eq!((r.status, r.body.as_str()), (200, "msg=hello, t0k!"));
    let r = get(&host, "/main?var=plain");
    assert_eq!((r.status, r.body.as_str()), (200, "plain=literal"));

    // An app variable that the component did not declare in [component.main.variables].
    let r = get(&host, "/main?var=greeting");
    assert_eq!(r.status, 500);
    assert_eq!(
        r.body,
        r#"variable error: Error::Undefined("no variable for \"main\".\"greeting\"")"#
    );
    // Declared for `main` but not for `other`.
    let r = get(&host, "/other?var=msg");
    assert_eq!(r.status, 500);
    assert_eq!(
        r.body,
        r#"variable error: Error::Undefined("no variable for \"other\".\"msg\"")"#
    );
    // Invalid names are rejected before lookup.
    let r = get(&host, "/main?var=Msg");
    assert_eq!(r.status, 500);
    assert!(
        r.body
            .starts_with("variable error: Error::InvalidName(\"invalid variable name \\\"Msg\\\""),
        "{}",
        r.body
    );

    // Environment overrides a default.
    drop(host);
    let host = start_ok(
        APP,
        None,
        &[
            ("SPIN_VARIABLE_TOKEN", "x"),
            ("SPIN_VARIABLE_GREETING", "hi"),
        ],
    );
    let r = get(&host, "/main?var=msg");
    assert_eq!((r.status, r.body.as_str()), (200, "msg=hi, x!"));
}

#[test]
fn missing_required_variable_refuses_to_start() {
    let f = start(APP, None, &[])
        .err()
        .expect("host must refuse to start");
    assert_eq!(f.code, Some(1));
    assert!(
        f.stderr
            .contains(r#"required variable(s) not set: "token" (set SPIN_VARIABLE_TOKEN)"#),
        "{}",
        f.stderr
    );
    assert!(
        !f.stdout.iter().any(|l| l.starts_with(READY_PREFIX)),
        "{:?}",
        f.stdout
    );
}

#[test]
fn key_value_counter_persists_across_instances_and_components() {
    let host = start_ok(APP, None, &[("SPIN_VARIABLE_TOKEN", "t")]);
    for expected in 1..=3 {
        let r = get(&host, "/main?count=default");
        assert_eq!(
            (r.status, r.body.clone()),
            (200, format!("count={expected}"))
        );
    }
    // "default" is one store shared by all components of the app.
    let r = get(&host, "/other?count=default");
    assert_eq!((r.status, r.body.as_str()), (200, "count=4"));

    // A component without key_value_stores, and a store not listed by the component.
    let r = get(&host, "/nokv?count=default");
    assert_eq!(
        (r.status, r.body.as_str()),
        (500, "kv error: Error::AccessDenied")
    );
    let r = get(&host, "/main?count=secondary");
    assert_eq!(
        (r.status, r.body.as_str()),
        (500, "kv error: Error::AccessDenied")
    );

    // Denied requests did not touch the store.
    let r = get(&host, "/main?count=default");
    assert_eq!((r.status, r.body.as_str()), (200, "count=5"));
}

#[test]
fn undefined_store_label_refuses_to_start_unless_configured() {
    let manifest = APP.replace(
        "[component.other]\nsource = \"@WASM@\"\nkey_value_stores = [\"default\"]",
        "[component.other]\nsource = \"@WASM@\"\nkey_value_stores = [\"default\", \"cache\"]",
    );
    assert_ne!(manifest, APP);
    let f = start(&manifest, None, &[("SPIN_VARIABLE_TOKEN", "t")])
        .err()
        .expect("host must refuse to start");
    assert_eq!(f.code, Some(1));
    assert!(
        f.stderr
            .contains(r#"component "other" uses key-value store "cache", which is not defined"#),
        "{}",
        f.stderr
    );

    let host = start_ok(
        &manifest,
        Some("[key_value_store.cache]\ntype = \"spin\"\n"),
        &[("SPIN_VARIABLE_TOKEN", "t")],
    );
    let r = get(&host, "/other?count=cache");
    assert_eq!((r.status, r.body.as_str()), (200, "count=1"));
    // Separate from "default".
    let r = get(&host, "/other?count=default");
    assert_eq!((r.status, r.body.as_str()), (200, "count=1"));
    let r = get(&host, "/other?count=cache");
    assert_eq!((r.status, r.body.as_str()), (200, "count=2"));
}

#[test]
fn routing_wildcards_exact_and_404() {
    let host = start_ok(ROUTES, None, &[]);
    let r = request(host.addr, "POST", "/exact?q=1", &[], "hello body");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/plain"));
    assert_eq!(
        r.body,
        "POST /exact?q=1\nroute=/exact path-info=\nhello body"
    );

    // Client-sent spin-* headers are replaced by the host's values.
    let forged = [
        ("spin-path-info", "/forged"),
        ("spin-matched-route", "/forged/..."),
    ];
    let r = request(host.addr, "GET", "/api/x", &forged, "");
    assert_eq!(r.body, "GET /api/x\nroute=/api/... path-info=/x\n");

    let r = get(&host, "/api/v1/users/42");
    assert_eq!(
        r.body,
        "GET /api/v1/users/42\nroute=/api/v1/... path-info=/users/42\n"
    );
    let r = get(&host, "/api/v1");
    assert_eq!(r.body, "GET /api/v1\nroute=/api/v1/... path-info=\n");
    let r = get(&host, "/api/v2/x");
    assert_eq!(r.body, "GET /api/v2/x\nroute=/api/... path-info=/v2/x\n");
    let r = get(&host, "/api");
    assert_eq!(r.body, "GET /api\nroute=/api/... path-info=\n");

    for path in ["/", "/nothing", "/exact/sub", "/apix", "/exac"] {
        let r = get(&host, path);
        assert_eq!((r.status, r.body.as_str()), (404, ""), "{path}");
        assert_eq!(r.header("content-length"), Some("0"), "{path}");
    }
}

#[test]
fn component_output_reaches_host_stdio() {
    let host = start_ok(ROUTES, None, &[]);
    let r = get(&host, "/exact?marker=abc");
    assert_eq!(r.status, 200);
    host.wait_output("component stdout/stderr lines", |out, err| {
        out.iter()
            .any(|l| l == "test-component stdout: GET /exact?marker=abc")
            && err.contains("test-component stderr: GET /exact?marker=abc")
    });
}

#[test]
fn trap_is_500_and_host_keeps_serving() {
    let host = start_ok(ROUTES, None, &[]);
    let r = get(&host, "/exact?trap=1");
    assert_eq!((r.status, r.body.as_str()), (500, ""));
    host.wait_output("trap log line", |_, err| {
        err.contains("spin-test-host: [c] component error (trap)")
            && err.contains("test-component: trap requested")
    });
    let r = get(&host, "/exact");
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "GET /exact\nroute=/exact path-info=\n");
}

#[test]
fn outbound_http_is_limited_to_allowed_hosts() {
    let host = start_ok(APP, None, &[("SPIN_VARIABLE_TOKEN", "t")]);
    let target = format!("http://{}/other", host.addr);

    // `main` allows http://127.0.0.1:* — the request goes out (to this same host).
    let r = get(&host, &format!("/main?fetch={target}"));
    assert_eq!((r.status, r.body.as_str()), (200, "fetched 200"));

    // `nokv` has allowed_outbound_hosts = [] and `other` has none at all.
    for component in ["nokv", "other"] {
        let r = get(&host, &format!("/{component}?fetch={target}"));
        assert_eq!(
            (r.status, r.body.as_str()),
            (502, "fetch error: Http(ErrorCode::HttpRequestDenied)"),
            "{component}"
        );
    }
    host.wait_output("denial log line", |_, err| {
        err.contains(r#"component "nokv" tried to make an HTTP request to http://127.0.0.1:"#)
    });
}

#[test]
fn redis_key_value_backend() {
    let Some(redis) = RedisServer::start() else {
        eprintln!("redis-server not installed; skipping the Redis backend test");
        return;
    };
    let rc = format!(
        "[key_value_store.default]\ntype = \"redis\"\nurl = \"redis://127.0.0.1:{}\"\n",
        redis.port
    );
    {
        let host = start_ok(APP, Some(&rc), &[("SPIN_VARIABLE_TOKEN", "t")]);
        for expected in 1..=2 {
            let r = get(&host, "/main?count=default");
            assert_eq!(
                (r.status, r.body.clone()),
                (200, format!("count={expected}"))
            );
        }
    }
    // Data lives in Redis: a new host process continues the count.
    let host = start_ok(APP, Some(&rc), &[("SPIN_VARIABLE_TOKEN", "t")]);
    let r = get(&host, "/other?count=default");
    assert_eq!((r.status, r.body.as_str()), (200, "count=3"));
    let r = get(&host, "/nokv?count=default");
    assert_eq!(
        (r.status, r.body.as_str()),
        (500, "kv error: Error::AccessDenied")
    );
}

/// A throwaway `redis-server` on a free loopback port, killed by PID on drop.
struct RedisServer {
    child: Child,
    port: u16,
}

impl RedisServer {
    fn start() -> Option<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let child = Command::new("redis-server")
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let server = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn sigterm_and_sigint_stop_the_host_promptly() {
    for (signal, name) in [("-TERM", "SIGTERM"), ("-INT", "SIGINT")] {
        let mut host = start_ok(ROUTES, None, &[]);
        // Leave a keep-alive connection open and serve some requests first.
        let _idle = TcpStream::connect(host.addr).unwrap();
        for _ in 0..5 {
            assert_eq!(get(&host, "/exact").status, 200);
        }
        let status = Command::new("kill")
            .args([signal, &host.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(5);
        let exit = loop {
            if let Some(s) = host.child.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "host still running after {name}");
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(exit.code(), Some(0), "{name}");
        host.wait_output("shutdown line", |_, err| {
            err.contains(&format!("spin-test-host: {name}, shutting down"))
        });
    }
}
