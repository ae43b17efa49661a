//! `portcullis send` against a running `portcullis dev`, both as real processes over loopback:
//! every provider gets 2xx signed and 401 tampered. The dev server is stopped by its PID.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_portcullis");

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn env_file() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("portcullis-dev-send-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let repo = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    std::fs::copy(
        format!("{repo}/.dev.vars.example"),
        dir.join(".dev.vars.example"),
    )
    .unwrap();
    // Not created yet: `dev` must create it from the example on first run.
    dir.join(".dev.vars")
}

#[test]
fn send_signed_is_2xx_and_tampered_is_401_for_every_provider() {
    let port = free_port();
    let vars = env_file();
    let child = Command::new(BIN)
        .args(["dev", "--addr", &format!("127.0.0.1:{port}"), "--env-file"])
        .arg(&vars)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("portcullis dev starts");
    let mut server = Server(child);
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        if let Ok(Some(status)) = server.0.try_wait() {
            let mut err = String::new();
            server
                .0
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            panic!("portcullis dev exited with {status}: {err}");
        }
        assert!(
            Instant::now() < deadline,
            "portcullis dev did not start listening"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(vars.exists(), "dev created .dev.vars from the example");

    for (provider, path) in [
        ("meta", "/webhooks/meta"),
        ("mercadopago", "/webhooks/mercadopago"),
        ("paddle", "/webhooks/paddle"),
        ("standard-webhooks", "/webhooks/standard"),
        ("cron", "/cron/purge"),
        ("jwt", "/api/me"),
    ] {
        for tamper in [false, true] {
            let mut cmd = Command::new(BIN);
            cmd.args(["send", provider, &format!("{base}{path}"), "--env-file"])
                .arg(&vars);
            if tamper {
                cmd.arg("--tamper");
            }
            let out = cmd.output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            let first = stdout.lines().next().unwrap_or("");
            if tamper {
                assert_eq!(
                    first, "HTTP 401 Unauthorized",
                    "{provider} tampered: {stdout}"
                );
                assert_eq!(out.status.code(), Some(2), "{provider} tampered exit code");
            } else {
                assert_eq!(first, "HTTP 200 OK", "{provider} signed: {stdout}");
                assert!(out.status.success(), "{provider} signed exit code");
            }
        }
    }
    let pid = server.0.id();
    drop(server);
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists()
            || std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .is_ok_and(|s| s.contains(" Z ")),
        "the dev server (pid {pid}) is stopped"
    );
    let _ = std::fs::remove_dir_all(vars.parent().unwrap());
}
